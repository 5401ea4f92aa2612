public class Solution {
    public static double[][] backward(double[][] X, double[] gamma, double[][] dout, double eps) {
        int n = X.length, d = gamma.length;
        double[][] out = new double[n + 2][d];
        for (int i = 0; i < n; i++) {
            double mean = 0;
            for (int j = 0; j < d; j++) mean += X[i][j];
            mean /= d;
            double var = 0;
            for (int j = 0; j < d; j++) var += (X[i][j] - mean) * (X[i][j] - mean);
            var /= d;
            double s = 1.0 / Math.sqrt(var + eps);
            for (int j = 0; j < d; j++) {
                out[i][j] = dout[i][j] * gamma[j] * s;
                out[n][j] += dout[i][j] * (X[i][j] - mean) * s;
                out[n + 1][j] += dout[i][j];
            }
        }
        return out;
    }
}
