public class Solution {

    /** The k leading principal directions of X, one unit-length row each, largest variance first. */
    public static double[][] principalComponents(double[][] X, int k) {
        int d = X[0].length;
        double[][] components = new double[k][d];
        // TODO: centre, build the covariance matrix, find its leading eigenvectors.
        return components;
    }
}
