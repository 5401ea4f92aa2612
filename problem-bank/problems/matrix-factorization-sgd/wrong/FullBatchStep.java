public class Solution {
    public static double[][] mfSgdEpoch(int[] users, int[] items, double[] ratings, double[][] P, double[][] Q,
            double learningRate, double reg) {
        int nu = P.length, ni = Q.length, k = P.length > 0 ? P[0].length : Q[0].length;
        double[][] out = new double[nu + ni][];
        for (int u = 0; u < nu; u++) out[u] = P[u].clone();
        for (int i = 0; i < ni; i++) out[nu + i] = Q[i].clone();
        // Every rating's error is taken at the starting factors: one gradient step, not SGD.
        for (int t = 0; t < ratings.length; t++) {
            double[] p = P[users[t]], q = Q[items[t]];
            double prediction = 0;
            for (int f = 0; f < k; f++) prediction += p[f] * q[f];
            double error = ratings[t] - prediction;
            for (int f = 0; f < k; f++) {
                out[users[t]][f] += learningRate * (error * q[f] - reg * p[f]);
                out[nu + items[t]][f] += learningRate * (error * p[f] - reg * q[f]);
            }
        }
        return out;
    }
}
