public class Solution {
    public static double[][] layerNorm(double[][] X, double[] gamma, double[] beta, double eps) {
        int n = X.length, d = gamma.length;
        double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) {
            double mean = 0;
            for (int j = 0; j < d; j++) mean += X[i][j];
            mean /= d;
            double var = 0;
            for (int j = 0; j < d; j++) var += (X[i][j] - mean) * (X[i][j] - mean);
            var /= Math.max(1, d - 1);
            for (int j = 0; j < d; j++) out[i][j] = gamma[j] * (X[i][j] - mean) / Math.sqrt(var + eps) + beta[j];
        }
        return out;
    }
}
