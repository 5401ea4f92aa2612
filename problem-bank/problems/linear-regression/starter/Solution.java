public class Solution {

    /** Least-squares fit of y = b + X w; returns [b, w1, ..., wd]. */
    public static double[] fit(double[][] X, double[] y) {
        int d = X[0].length;
        double[] coefficients = new double[d + 1];
        // TODO: build and solve the normal equations.
        return coefficients;
    }
}
