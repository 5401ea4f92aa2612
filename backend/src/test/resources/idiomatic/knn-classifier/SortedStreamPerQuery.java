import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {

    record Candidate(int label, double distance, int index) {
    }

    public static int[] predict(double[][] trainX, int[] trainY, double[][] testX, int k) {
        return Arrays.stream(testX).mapToInt(query -> {
            Map<Integer, Long> votes = IntStream.range(0, trainX.length)
                .mapToObj(i -> new Candidate(trainY[i], distance(trainX[i], query), i))
                .sorted(Comparator.comparingDouble(Candidate::distance).thenComparing(Candidate::index))
                .limit(k)
                .collect(Collectors.groupingBy(Candidate::label, Collectors.counting()));
            return votes.entrySet()
                .stream()
                .min(Comparator.comparing((Map.Entry<Integer, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .orElseThrow();
        }).toArray();
    }

    private static double distance(double[] a, double[] b) {
        return IntStream.range(0, a.length).mapToDouble(t -> (a[t] - b[t]) * (a[t] - b[t])).reduce(0, Double::sum);
    }
}
