import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public class Solution {

    record Stats(double sum, long count) {
        Stats plus(Stats other) {
            return new Stats(sum + other.sum, count + other.count);
        }
    }

    public static double[] targetEncode(String[] categories, double[] target, double smoothing) {
        if (categories.length == 0) {
            return new double[0];
        }
        double globalMean = Arrays.stream(target).average().orElse(0);
        Map<String, Stats> stats = new HashMap<>();
        for (int i = 0; i < categories.length; i++) {
            stats.merge(categories[i], new Stats(target[i], 1), Stats::plus);
        }
        return Arrays.stream(categories)
            .map(stats::get)
            .mapToDouble(s -> (s.sum() + smoothing * globalMean) / (s.count() + smoothing))
            .toArray();
    }
}
