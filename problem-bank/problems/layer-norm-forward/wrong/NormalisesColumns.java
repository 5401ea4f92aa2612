public class Solution {
    public static double[][] layerNorm(double[][] X, double[] gamma, double[] beta, double eps) {
        int n = X.length, d = gamma.length;
        double[][] out = new double[n][d];
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) mean += X[i][j];
            mean /= n;
            double var = 0;
            for (int i = 0; i < n; i++) var += (X[i][j] - mean) * (X[i][j] - mean);
            var /= n;
            for (int i = 0; i < n; i++) out[i][j] = gamma[j] * (X[i][j] - mean) / Math.sqrt(var + eps) + beta[j];
        }
        return out;
    }
}
