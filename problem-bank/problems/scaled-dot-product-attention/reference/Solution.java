public class Solution {
    public static double[][] attention(double[][] Q, double[][] K, double[][] V, boolean causal, int validKeys) {
        int n = Q.length, m = K.length, d = Q[0].length, dv = V[0].length;
        double scale = 1.0 / Math.sqrt(d);
        double[][] out = new double[n][dv];
        double[] weights = new double[m];
        for (int i = 0; i < n; i++) {
            // The last visible key: queries are the final n of m positions.
            int visible = causal ? Math.min(validKeys, i + m - n + 1) : validKeys;
            if (visible <= 0) continue;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < visible; j++) {
                double s = 0;
                for (int c = 0; c < d; c++) s += Q[i][c] * K[j][c];
                weights[j] = s * scale;
                max = Math.max(max, weights[j]);
            }
            double sum = 0;
            for (int j = 0; j < visible; j++) {
                weights[j] = Math.exp(weights[j] - max);
                sum += weights[j];
            }
            double[] row = out[i];
            for (int j = 0; j < visible; j++) {
                double w = weights[j] / sum;
                double[] v = V[j];
                for (int c = 0; c < dv; c++) row[c] += w * v[c];
            }
        }
        return out;
    }
}
