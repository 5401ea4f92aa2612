public class Solution {
    public static double[] fit(double[][] X, double[] y, double lambda) {
        // TODO: ridge regression with an unpenalised intercept; return [b, w1, ..., wd]
        return new double[X[0].length + 1];
    }
}
