import java.util.HashMap;
import java.util.Map;

public class Solution {

    public static double[] targetEncode(String[] categories, double[] target, double smoothing) {
        int n = categories.length;
        if (n == 0) {
            return new double[0];
        }
        Map<String, Double> sums = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        double total = 0;
        for (int i = 0; i < n; i++) {
            sums.merge(categories[i], target[i], Double::sum);
            counts.merge(categories[i], 1, Integer::sum);
            total += target[i];
        }
        double globalMean = total / n;
        double[] encoded = new double[n];
        for (int i = 0; i < n; i++) {
            encoded[i] = (sums.get(categories[i]) + smoothing * globalMean) / (counts.get(categories[i]) + smoothing);
        }
        return encoded;
    }
}
