public class Solution {
    public static double[][] lora(double[][] X, double[][] W, double[][] A, double[][] B, double alpha, boolean merge) {
        // TODO: merge ? W + (alpha / r) B A : X W^T + (alpha / r) (X A^T) B^T
        return merge ? new double[W.length][W[0].length] : new double[X.length][W.length];
    }
}
