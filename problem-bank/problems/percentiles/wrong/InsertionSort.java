public class Solution {

    // Right answers, but the insertion sort is quadratic.
    public static double[] percentiles(double[] data, double[] q) {
        double[] sorted = data.clone();
        for (int i = 1; i < sorted.length; i++) {
            double value = sorted[i];
            int j = i - 1;
            while (j >= 0 && sorted[j] > value) {
                sorted[j + 1] = sorted[j];
                j--;
            }
            sorted[j + 1] = value;
        }
        double[] result = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            double h = (sorted.length - 1) * q[i] / 100.0;
            int lo = (int) Math.floor(h);
            result[i] = (lo >= sorted.length - 1) ? sorted[sorted.length - 1]
                    : sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
        }
        return result;
    }
}
