public class Solution {
    public static double[][] multiHeadAttention(double[][] X, double[][] Wq, double[][] Wk, double[][] Wv,
            double[][] Wo, int heads, boolean causal) {
        int n = X.length, dm = Wq.length, dk = dm / heads;
        double[][] q = matmul(X, Wq), k = matmul(X, Wk), v = matmul(X, Wv);
        double[][] concat = new double[n][dm];
        double scale = 1.0 / Math.sqrt(dm);
        double[] w = new double[n];
        for (int h = 0; h < heads; h++) {
            int from = h * dk, to = from + dk;
            for (int i = 0; i < n; i++) {
                int visible = causal ? i + 1 : n;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < visible; j++) {
                    double s = 0;
                    for (int c = from; c < to; c++) s += q[i][c] * k[j][c];
                    w[j] = s * scale;
                    max = Math.max(max, w[j]);
                }
                double sum = 0;
                for (int j = 0; j < visible; j++) {
                    w[j] = Math.exp(w[j] - max);
                    sum += w[j];
                }
                double[] row = concat[i];
                for (int j = 0; j < visible; j++) {
                    double a = w[j] / sum;
                    for (int c = from; c < to; c++) row[c] += a * v[j][c];
                }
            }
        }
        return matmul(concat, Wo);
    }

    private static double[][] matmul(double[][] a, double[][] b) {
        int n = a.length, inner = b.length, m = b[0].length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < inner; t++) {
                double x = a[i][t];
                double[] brow = b[t], orow = out[i];
                for (int j = 0; j < m; j++) orow[j] += x * brow[j];
            }
        }
        return out;
    }
}
