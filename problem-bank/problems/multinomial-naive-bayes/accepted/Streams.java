import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {
    record ClassModel(int label, double logPrior, double[] logTheta) {
        double score(int[] counts) {
            return logPrior + IntStream.range(0, counts.length).filter(w -> counts[w] != 0)
                    .mapToDouble(w -> counts[w] * logTheta[w]).sum();
        }
    }

    public static int[] predict(int[][] trainCounts, int[] trainY, int[][] testCounts, double alpha) {
        int n = trainCounts.length, vocabulary = trainCounts[0].length;
        Map<Integer, List<int[]>> byClass = IntStream.range(0, n).boxed()
                .collect(Collectors.groupingBy(d -> trainY[d], Collectors.mapping(d -> trainCounts[d], Collectors.toList())));
        List<ClassModel> models = byClass.entrySet().stream().map(e -> {
            long[] words = new long[vocabulary];
            e.getValue().forEach(doc -> IntStream.range(0, vocabulary).forEach(w -> words[w] += doc[w]));
            double denominator = Math.log(Arrays.stream(words).sum() + alpha * vocabulary);
            double[] logTheta = Arrays.stream(words).mapToDouble(c -> Math.log(c + alpha) - denominator).toArray();
            return new ClassModel(e.getKey(), Math.log((double) e.getValue().size() / n), logTheta);
        }).sorted(Comparator.comparingInt(ClassModel::label)).collect(Collectors.toList());
        return Arrays.stream(testCounts)
                .mapToInt(doc -> models.stream()
                        .max(Comparator.comparingDouble((ClassModel m) -> m.score(doc)).thenComparing(ClassModel::label, Comparator.reverseOrder()))
                        .get().label())
                .toArray();
    }
}
