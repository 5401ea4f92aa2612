public class Solution {
    public static double[] forwardFill(double[] values, int limit) {
        int n = values.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(values[i])) { out[i] = values[i]; continue; }
            out[i] = Double.NaN;
            for (int j = i - 1; j >= 0; j--) {
                if (!Double.isNaN(values[j])) {
                    if (limit <= 0 || i - j <= limit) out[i] = values[j];
                    break;
                }
            }
        }
        return out;
    }
}
