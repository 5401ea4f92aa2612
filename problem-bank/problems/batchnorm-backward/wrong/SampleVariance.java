public class Solution {
    public static double[][] backward(double[][] X, double[] gamma, double[][] dout, double eps) {
        int n = X.length;
        int d = gamma.length;
        double[][] out = new double[n + 2][d];
        double[] xhat = new double[n];
        for (int j = 0; j < d; j++) {
            double mu = 0;
            for (int i = 0; i < n; i++) mu += X[i][j];
            mu /= n;
            double var = 0;
            for (int i = 0; i < n; i++) {
                double c = X[i][j] - mu;
                var += c * c;
            }
            var /= Math.max(1, n - 1);
            double s = 1.0 / Math.sqrt(var + eps);
            double sumG = 0, sumGX = 0, dgamma = 0, dbeta = 0;
            for (int i = 0; i < n; i++) {
                xhat[i] = (X[i][j] - mu) * s;
                double g = dout[i][j] * gamma[j];
                sumG += g;
                sumGX += g * xhat[i];
                dgamma += dout[i][j] * xhat[i];
                dbeta += dout[i][j];
            }
            for (int i = 0; i < n; i++) {
                double g = dout[i][j] * gamma[j];
                out[i][j] = s / n * (n * g - sumG - xhat[i] * sumGX);
            }
            out[n][j] = dgamma;
            out[n + 1][j] = dbeta;
        }
        return out;
    }
}
