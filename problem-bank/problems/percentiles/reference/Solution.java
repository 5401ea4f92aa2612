import java.util.Arrays;

public class Solution {

    public static double[] percentiles(double[] data, double[] q) {
        double[] sorted = data.clone();
        Arrays.sort(sorted);
        double[] result = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            double h = (sorted.length - 1) * q[i] / 100.0;
            int lo = (int) Math.floor(h);
            if (lo >= sorted.length - 1) {
                result[i] = sorted[sorted.length - 1];
            }
            else {
                result[i] = sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
            }
        }
        return result;
    }
}
