public class Solution {
    public static double[][] mfSgdEpoch(int[] users, int[] items, double[] ratings, double[][] P, double[][] Q,
            double learningRate, double reg) {
        // TODO: one pass over the ratings in order, updating p_u and q_i from their old values
        double[][] out = new double[P.length + Q.length][];
        for (int u = 0; u < P.length; u++) out[u] = P[u].clone();
        for (int i = 0; i < Q.length; i++) out[P.length + i] = Q[i].clone();
        return out;
    }
}
