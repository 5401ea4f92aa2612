public class Solution {
    public static double[][] layerNorm(double[][] X, double[] gamma, double[] beta, double eps) {
        int n = X.length, d = gamma.length;
        double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double mean = 0;
                for (int t = 0; t < d; t++) mean += X[i][t];
                mean /= d;
                double var = 0;
                for (int t = 0; t < d; t++) var += (X[i][t] - mean) * (X[i][t] - mean);
                var /= d;
                out[i][j] = gamma[j] * (X[i][j] - mean) / Math.sqrt(var + eps) + beta[j];
            }
        }
        return out;
    }
}
