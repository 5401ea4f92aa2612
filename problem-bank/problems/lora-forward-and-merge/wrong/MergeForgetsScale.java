public class Solution {
    public static double[][] lora(double[][] X, double[][] W, double[][] A, double[][] B, double alpha, boolean merge) {
        int out = W.length, in = W[0].length, r = A.length;
        double scale = alpha / r;
        if (merge) {
            double[][] merged = new double[out][];
            for (int o = 0; o < out; o++) {
                double[] row = W[o].clone();
                for (int k = 0; k < r; k++) {
                    double b = B[o][k];
                    double[] a = A[k];
                    for (int i = 0; i < in; i++) row[i] += b * a[i];
                }
                merged[o] = row;
            }
            return merged;
        }
        int n = X.length;
        double[][] y = new double[n][out];
        double[] low = new double[r];
        for (int t = 0; t < n; t++) {
            double[] x = X[t];
            // The adapter path goes through r numbers: O(r (in + out)) per row.
            for (int k = 0; k < r; k++) {
                double s = 0;
                for (int i = 0; i < in; i++) s += x[i] * A[k][i];
                low[k] = scale * s;
            }
            for (int o = 0; o < out; o++) {
                double[] w = W[o];
                double s = 0;
                for (int i = 0; i < in; i++) s += x[i] * w[i];
                for (int k = 0; k < r; k++) s += low[k] * B[o][k];
                y[t][o] = s;
            }
        }
        return y;
    }
}
