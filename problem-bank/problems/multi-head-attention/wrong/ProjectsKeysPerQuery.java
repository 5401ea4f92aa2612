public class Solution {
    public static double[][] multiHeadAttention(double[][] X, double[][] Wq, double[][] Wk, double[][] Wv,
            double[][] Wo, int heads, boolean causal) {
        int n = X.length, dm = Wq.length, dk = dm / heads;
        double[][] concat = new double[n][dm];
        for (int h = 0; h < heads; h++) {
            for (int i = 0; i < n; i++) {
                double[] qi = project(X[i], Wq, h * dk, dk);
                int visible = causal ? i + 1 : n;
                double[] w = new double[visible];
                double[][] vs = new double[visible][];
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < visible; j++) {
                    double[] kj = project(X[j], Wk, h * dk, dk);
                    vs[j] = project(X[j], Wv, h * dk, dk);
                    double s = 0;
                    for (int c = 0; c < dk; c++) s += qi[c] * kj[c];
                    w[j] = s / Math.sqrt(dk);
                    max = Math.max(max, w[j]);
                }
                double sum = 0;
                for (int j = 0; j < visible; j++) {
                    w[j] = Math.exp(w[j] - max);
                    sum += w[j];
                }
                for (int j = 0; j < visible; j++) {
                    for (int c = 0; c < dk; c++) concat[i][h * dk + c] += w[j] / sum * vs[j][c];
                }
            }
        }
        double[][] out = new double[n][Wo[0].length];
        for (int i = 0; i < n; i++)
            for (int t = 0; t < dm; t++)
                for (int j = 0; j < Wo[0].length; j++) out[i][j] += concat[i][t] * Wo[t][j];
        return out;
    }

    private static double[] project(double[] x, double[][] w, int from, int width) {
        double[] out = new double[width];
        for (int c = 0; c < width; c++)
            for (int t = 0; t < x.length; t++) out[c] += x[t] * w[t][from + c];
        return out;
    }
}
