public class Solution {
    public static double[][] backward(double[][] X, double[] gamma, double[][] dout, double eps) {
        int n = X.length, d = gamma.length;
        double[][] out = new double[n + 2][d];
        double[] dgamma = out[n], dbeta = out[n + 1];
        double[] xhat = new double[d];
        for (int i = 0; i < n; i++) {
            double[] x = X[i], up = dout[i];
            double mean = 0;
            for (int j = 0; j < d; j++) mean += x[j];
            mean /= d;
            double var = 0;
            for (int j = 0; j < d; j++) var += (x[j] - mean) * (x[j] - mean);
            var /= d;
            double s = 1.0 / Math.sqrt(var + eps);
            double sumG = 0, sumGX = 0;
            for (int j = 0; j < d; j++) {
                xhat[j] = (x[j] - mean) * s;
                double g = up[j] * gamma[j];
                sumG += g;
                sumGX += g * xhat[j];
                dgamma[j] += up[j] * xhat[j];
                dbeta[j] += up[j];
            }
            // The two sums remove the components along the mean and along xhat that the
            // normalisation discards.
            double[] dx = out[i];
            for (int j = 0; j < d; j++) dx[j] = s / d * (d * up[j] * gamma[j] - sumG - xhat[j] * sumGX);
        }
        return out;
    }
}
