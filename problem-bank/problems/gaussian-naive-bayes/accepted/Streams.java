import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {
    record ClassModel(int label, double logPrior, double[] mean, double[] var) {
        double score(double[] x) {
            double s = logPrior;
            for (int j = 0; j < x.length; j++) {
                s -= 0.5 * (Math.log(2 * Math.PI * var[j]) + (x[j] - mean[j]) * (x[j] - mean[j]) / var[j]);
            }
            return s;
        }
    }

    public static int[] predict(double[][] trainX, int[] trainY, double[][] testX) {
        int n = trainX.length, d = trainX[0].length;
        double epsilon = 1e-9 * IntStream.range(0, d).mapToDouble(j -> variance(Arrays.stream(trainX).mapToDouble(r -> r[j]).toArray())).max().getAsDouble();
        Map<Integer, List<double[]>> byClass = IntStream.range(0, n).boxed()
                .collect(Collectors.groupingBy(i -> trainY[i], Collectors.mapping(i -> trainX[i], Collectors.toList())));
        List<ClassModel> models = byClass.entrySet().stream().map(e -> {
            List<double[]> rows = e.getValue();
            double[] mean = IntStream.range(0, d).mapToDouble(j -> rows.stream().mapToDouble(r -> r[j]).sum() / rows.size()).toArray();
            double[] var = IntStream.range(0, d)
                    .mapToDouble(j -> rows.stream().mapToDouble(r -> (r[j] - mean[j]) * (r[j] - mean[j])).sum() / rows.size() + epsilon)
                    .toArray();
            return new ClassModel(e.getKey(), Math.log((double) rows.size() / n), mean, var);
        }).sorted(Comparator.comparingInt(ClassModel::label)).collect(Collectors.toList());
        return Arrays.stream(testX)
                .mapToInt(x -> models.stream()
                        .max(Comparator.comparingDouble((ClassModel m) -> m.score(x)).thenComparing(ClassModel::label, Comparator.reverseOrder()))
                        .get().label())
                .toArray();
    }

    private static double variance(double[] v) {
        double m = Arrays.stream(v).sum() / v.length;
        return Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / v.length;
    }
}
