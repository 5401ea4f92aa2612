public class Solution {
    public static double[][] attention(double[][] Q, double[][] K, double[][] V, boolean causal, int validKeys) {
        int n = Q.length, m = K.length, dv = V[0].length;
        double[][] out = new double[n][dv];
        for (int i = 0; i < n; i++) {
            int visible = causal ? Math.min(validKeys, i + m - n + 1) : validKeys;
            for (int j = 0; j < visible; j++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int t = 0; t < visible; t++) max = Math.max(max, score(Q[i], K[t]));
                double sum = 0;
                for (int t = 0; t < visible; t++) sum += Math.exp(score(Q[i], K[t]) - max);
                double w = Math.exp(score(Q[i], K[j]) - max) / sum;
                for (int c = 0; c < dv; c++) out[i][c] += w * V[j][c];
            }
        }
        return out;
    }

    private static double score(double[] q, double[] k) {
        double s = 0;
        for (int c = 0; c < q.length; c++) s += q[c] * k[c];
        return s / Math.sqrt(q.length);
    }
}
