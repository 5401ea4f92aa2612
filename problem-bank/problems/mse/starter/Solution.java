public class Solution {
    public static double[] regressionErrors(double[] yTrue, double[] yPred) {
        // TODO: return {MSE, RMSE, MAE}
        return new double[3];
    }
}
