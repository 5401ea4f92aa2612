public class Solution {
    public static double[] forwardFill(double[] values, int limit) {
        int n = values.length;
        double[] out = new double[n];
        double last = Double.NaN;
        int lastIndex = -1;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (!Double.isNaN(v)) {
                last = v;
                lastIndex = i;
                out[i] = v;
            } else if (lastIndex >= 0 && true) {
                out[i] = last;
            } else {
                out[i] = Double.NaN;
            }
        }
        return out;
    }
}
