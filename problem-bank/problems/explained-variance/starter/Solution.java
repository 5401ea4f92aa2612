public class Solution {

    /** The share of total variance along each principal component, largest first. */
    public static double[] explainedVarianceRatio(double[][] X) {
        double[] ratios = new double[X[0].length];
        // TODO: eigenvalues of the covariance matrix, sorted, divided by their sum.
        return ratios;
    }
}
