public class Solution {
    public static double[][] backward(double[][] X, double[] gamma, double[][] dout, double eps) {
        int n = X.length, d = gamma.length;
        double[][] out = new double[n + 2][d];
        double[] xhat = new double[n];
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) mean += X[i][j];
            mean /= n;
            double var = 0;
            for (int i = 0; i < n; i++) var += (X[i][j] - mean) * (X[i][j] - mean);
            var /= n;
            double s = 1.0 / Math.sqrt(var + eps);
            double sumG = 0, sumGX = 0;
            for (int i = 0; i < n; i++) {
                xhat[i] = (X[i][j] - mean) * s;
                double g = dout[i][j] * gamma[j];
                sumG += g;
                sumGX += g * xhat[i];
                out[n][j] += dout[i][j] * xhat[i];
                out[n + 1][j] += dout[i][j];
            }
            for (int i = 0; i < n; i++) out[i][j] = s / n * (n * dout[i][j] * gamma[j] - sumG - xhat[i] * sumGX);
        }
        return out;
    }
}
