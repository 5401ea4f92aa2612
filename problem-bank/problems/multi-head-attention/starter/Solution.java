public class Solution {
    public static double[][] multiHeadAttention(double[][] X, double[][] Wq, double[][] Wk, double[][] Wv,
            double[][] Wo, int heads, boolean causal) {
        // TODO: project, split into heads, attend per head, concatenate, project with Wo
        return new double[X.length][Wo[0].length];
    }
}
