public class Solution {
    public static double[][] backward(double[][] X, double[] gamma, double[][] dout, double eps) {
        int n = X.length;
        int d = gamma.length;
        double[][] out = new double[n + 2][d];
        for (int j = 0; j < d; j++) {
            double sumG = 0, sumGX = 0;
            for (int i = 0; i < n; i++) {
                double xh = (X[i][j] - mean(X, j)) / Math.sqrt(variance(X, j) + eps);
                double g = dout[i][j] * gamma[j];
                sumG += g;
                sumGX += g * xh;
                out[n][j] += dout[i][j] * xh;
                out[n + 1][j] += dout[i][j];
            }
            for (int i = 0; i < n; i++) {
                double s = 1.0 / Math.sqrt(variance(X, j) + eps);
                double xh = (X[i][j] - mean(X, j)) * s;
                double g = dout[i][j] * gamma[j];
                out[i][j] = s / n * (n * g - sumG - xh * sumGX);
            }
        }
        return out;
    }

    private static double mean(double[][] X, int j) {
        double m = 0;
        for (double[] row : X) m += row[j];
        return m / X.length;
    }

    private static double variance(double[][] X, int j) {
        double m = mean(X, j), v = 0;
        for (double[] row : X) v += (row[j] - m) * (row[j] - m);
        return v / X.length;
    }
}
