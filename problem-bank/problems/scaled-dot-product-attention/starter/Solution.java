public class Solution {
    public static double[][] attention(double[][] Q, double[][] K, double[][] V, boolean causal, int validKeys) {
        // TODO: softmax(Q K^T / sqrt(d) + mask) V
        return new double[Q.length][V[0].length];
    }
}
