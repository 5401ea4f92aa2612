public class Solution {
    public static double[][] decodeWithCache(double[][] cacheK, double[][] cacheV, double[][] X,
            double[][] Wq, double[][] Wk, double[][] Wv) {
        int m = cacheK.length, t = X.length, dk = Wk[0].length, dv = Wv[0].length;
        // Preallocated cache: the prompt's rows, then one row per new token, each projected once.
        double[][] keys = new double[m + t][];
        double[][] values = new double[m + t][];
        for (int j = 0; j < m; j++) {
            keys[j] = cacheK[j];
            values[j] = cacheV[j];
        }
        double scale = 1.0 / Math.sqrt(dk);
        double[] w = new double[m + t];
        double[][] out = new double[t][dv];
        for (int i = 0; i < t; i++) {
            double[] q = project(X[i], Wq);
            keys[m + i] = project(X[i], Wk);
            values[m + i] = project(X[i], Wv);
            int size = m + i + 1;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < size; j++) {
                double s = 0;
                for (int c = 0; c < dk; c++) s += q[c] * keys[j][c];
                w[j] = s * scale;
                max = Math.max(max, w[j]);
            }
            double sum = 0;
            for (int j = 0; j < size; j++) {
                w[j] = Math.exp(w[j] - max);
                sum += w[j];
            }
            for (int j = 0; j < size; j++) {
                double a = w[j] / sum;
                for (int c = 0; c < dv; c++) out[i][c] += a * values[j][c];
            }
        }
        return out;
    }

    private static double[] project(double[] x, double[][] w) {
        double[] out = new double[w[0].length];
        for (int r = 0; r < x.length; r++) {
            double xr = x[r];
            for (int c = 0; c < out.length; c++) out[c] += xr * w[r][c];
        }
        return out;
    }
}
