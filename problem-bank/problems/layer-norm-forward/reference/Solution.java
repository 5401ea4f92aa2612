public class Solution {
    public static double[][] layerNorm(double[][] X, double[] gamma, double[] beta, double eps) {
        int n = X.length, d = gamma.length;
        double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) {
            double[] x = X[i];
            double mean = 0;
            for (int j = 0; j < d; j++) mean += x[j];
            mean /= d;
            // Two passes (mean first, then squared deviations) stay accurate for rows with a large
            // common offset, where E[x^2] - E[x]^2 cancels catastrophically.
            double var = 0;
            for (int j = 0; j < d; j++) {
                double c = x[j] - mean;
                var += c * c;
            }
            var /= d;
            double inv = 1.0 / Math.sqrt(var + eps);
            for (int j = 0; j < d; j++) out[i][j] = gamma[j] * (x[j] - mean) * inv + beta[j];
        }
        return out;
    }
}
