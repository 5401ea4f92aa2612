public class Solution {
    public static double[][] decodeWithCache(double[][] cacheK, double[][] cacheV, double[][] X,
            double[][] Wq, double[][] Wk, double[][] Wv) {
        int m = cacheK.length, t = X.length, dk = Wk[0].length, dv = Wv[0].length;
        double[][] keys = new double[m + t][dk];
        double[][] values = new double[m + t][dv];
        double[] q = new double[dk];
        double[] w = new double[m + t];
        double[][] out = new double[t][dv];
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < m; j++) {
                keys[j] = cacheK[j];
                values[j] = cacheV[j];
            }
            // Recomputes the keys and values of every new token so far, at every step.
            for (int j = 0; j <= i; j++) {
                project(X[j], Wk, keys[m + j]);
                project(X[j], Wv, values[m + j]);
            }
            project(X[i], Wq, q);
            int size = m + i + 1;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < size; j++) {
                double s = 0;
                for (int c = 0; c < dk; c++) s += q[c] * keys[j][c];
                w[j] = s / Math.sqrt(dk);
                max = Math.max(max, w[j]);
            }
            double sum = 0;
            for (int j = 0; j < size; j++) {
                w[j] = Math.exp(w[j] - max);
                sum += w[j];
            }
            for (int j = 0; j < size; j++)
                for (int c = 0; c < dv; c++) out[i][c] += w[j] / sum * values[j][c];
        }
        return out;
    }

    private static void project(double[] x, double[][] w, double[] into) {
        for (int c = 0; c < into.length; c++) {
            double s = 0;
            for (int r = 0; r < x.length; r++) s += x[r] * w[r][c];
            into[c] = s;
        }
    }
}
