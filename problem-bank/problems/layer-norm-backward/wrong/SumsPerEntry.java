public class Solution {
    public static double[][] backward(double[][] X, double[] gamma, double[][] dout, double eps) {
        int n = X.length, d = gamma.length;
        double[][] out = new double[n + 2][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double mean = 0;
                for (int k = 0; k < d; k++) mean += X[i][k];
                mean /= d;
                double var = 0;
                for (int k = 0; k < d; k++) var += (X[i][k] - mean) * (X[i][k] - mean);
                var /= d;
                double s = 1.0 / Math.sqrt(var + eps);
                double sumG = 0, sumGX = 0;
                for (int k = 0; k < d; k++) {
                    double g = dout[i][k] * gamma[k];
                    sumG += g;
                    sumGX += g * (X[i][k] - mean) * s;
                }
                double xh = (X[i][j] - mean) * s;
                out[i][j] = s / d * (d * dout[i][j] * gamma[j] - sumG - xh * sumGX);
                out[n][j] += dout[i][j] * xh;
                out[n + 1][j] += dout[i][j];
            }
        }
        return out;
    }
}
