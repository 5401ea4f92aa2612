import java.util.Arrays;

public class Solution {

    public static double[] percentiles(double[] data, double[] q) {
        double[] sorted = data.clone();
        Arrays.sort(sorted);
        double[] result = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            // The bug: rounds the position instead of interpolating.
            int index = (int) Math.round((sorted.length - 1) * q[i] / 100.0);
            result[i] = sorted[index];
        }
        return result;
    }
}
