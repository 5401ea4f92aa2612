public class Solution {
    public static double[][] layerNorm(double[][] X, double[] gamma, double[] beta, double eps) {
        // TODO: normalise every row over its features, then scale by gamma and shift by beta
        return new double[X.length][gamma.length];
    }
}
