public class Solution {
    public static double[][] activations(double[] x) {
        int n = x.length;
        double[][] out = new double[4][n];
        for (int i = 0; i < n; i++) {
            double v = x[i];
            out[0][i] = Math.max(0.0, v);
            out[1][i] = Double.isNaN(v) ? Double.NaN : (v > 0 ? 1.0 : 0.0);
            double e = Math.exp(v);
            double s = e / (1.0 + e);
            out[2][i] = s;
            out[3][i] = s * (1.0 - s);
        }
        return out;
    }
}
