public class Solution {
    public static double[] crossValidateRidge(double[][] X, double[] y, int folds, double[] lambdas) {
        // TODO: K contiguous folds, ridge with unpenalised intercept, average fold MSE per lambda
        return new double[lambdas.length + 1];
    }
}
