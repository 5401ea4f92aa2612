import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {
    public static double[] emStep(double[] x, double[] weights, double[] means, double[] variances) {
        int k = weights.length;
        List<double[]> logs = Arrays.stream(x).mapToObj(v -> IntStream.range(0, k)
                .mapToDouble(c -> Math.log(weights[c]) - 0.5 * Math.log(2 * Math.PI * variances[c])
                        - (v - means[c]) * (v - means[c]) / (2 * variances[c]))
                .toArray()).collect(Collectors.toList());
        double[] logNorm = logs.stream().mapToDouble(row -> {
            double max = Arrays.stream(row).max().getAsDouble();
            return max + Math.log(Arrays.stream(row).map(l -> Math.exp(l - max)).sum());
        }).toArray();
        double[][] r = IntStream.range(0, x.length)
                .mapToObj(i -> Arrays.stream(logs.get(i)).map(l -> Math.exp(l - logNorm[i])).toArray())
                .toArray(double[][]::new);
        double[] total = IntStream.range(0, k).mapToDouble(c -> Arrays.stream(r).mapToDouble(row -> row[c]).sum()).toArray();
        double[] mean = IntStream.range(0, k).mapToDouble(c -> total[c] > 0
                ? IntStream.range(0, x.length).mapToDouble(i -> r[i][c] * x[i]).sum() / total[c] : means[c]).toArray();
        double[] var = IntStream.range(0, k).mapToDouble(c -> total[c] > 0
                ? IntStream.range(0, x.length).mapToDouble(i -> r[i][c] * (x[i] - mean[c]) * (x[i] - mean[c])).sum() / total[c]
                : variances[c]).toArray();
        double[] out = new double[3 * k + 1];
        for (int c = 0; c < k; c++) {
            out[c] = total[c] / x.length;
            out[k + c] = mean[c];
            out[2 * k + c] = var[c];
        }
        out[3 * k] = Arrays.stream(logNorm).sum();
        return out;
    }
}
