import java.util.Arrays;

public class Solution {

    public static double[] percentiles(double[] data, double[] q) {
        double[] sorted = data.clone();
        Arrays.sort(sorted);
        double[] result = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            // The bug: n * q / 100 (clamped) instead of (n - 1) * q / 100.
            double h = Math.min(sorted.length - 1, sorted.length * q[i] / 100.0);
            int lo = (int) Math.floor(h);
            result[i] = (lo >= sorted.length - 1) ? sorted[sorted.length - 1]
                    : sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
        }
        return result;
    }
}
