public class Solution {
    public static double[][] activations(double[] x) {
        int n = x.length;
        double[][] out = new double[4][n];
        for (int i = 0; i < n; i++) {
            double v = x[i];
            out[0][i] = v > 0 ? v : 0.0;
            out[1][i] = v > 0 ? 1.0 : 0.0;
            double s = 1.0 / (1.0 + Math.exp(-v));
            out[2][i] = s;
            out[3][i] = s * (1.0 - s);
        }
        return out;
    }
}
