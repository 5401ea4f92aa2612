import java.util.HashMap;
import java.util.Map;

public class Solution {
    public static double[] targetEncode(String[] categories, double[] target, double smoothing) {
        int n = categories.length;
        if (n == 0) return new double[0];
        double total = 0;
        for (double y : target) total += y;
        double globalMean = total / n;
        Map<String, double[]> stats = new HashMap<>();
        for (int i = 0; i < n; i++) {
            double[] s = stats.computeIfAbsent(categories[i], k -> new double[2]);
            s[0] += target[i];
            s[1] += 1;
        }
        double sumOfMeans = 0;
        for (double[] st : stats.values()) sumOfMeans += st[0] / st[1];
        globalMean = sumOfMeans / stats.size();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double[] s = stats.get(categories[i]);
            out[i] = (s[0] + smoothing * globalMean) / (s[1] + smoothing);
        }
        return out;
    }
}
