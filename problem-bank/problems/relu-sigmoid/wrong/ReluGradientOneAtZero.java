public class Solution {
    public static double[][] activations(double[] x) {
        int n = x.length;
        double[][] out = new double[4][n];
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (Double.isNaN(v)) {
                out[0][i] = out[1][i] = out[2][i] = out[3][i] = Double.NaN;
                continue;
            }
            out[0][i] = Math.max(0.0, v);
            out[1][i] = v >= 0 ? 1.0 : 0.0;
            double s = 1.0 / (1.0 + Math.exp(-v));
            out[2][i] = s;
            out[3][i] = s * (1.0 - s);
        }
        return out;
    }
}
