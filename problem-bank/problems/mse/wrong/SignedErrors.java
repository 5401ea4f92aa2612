public class Solution {
    public static double[] regressionErrors(double[] yTrue, double[] yPred) {
        int n = yTrue.length;
        double sq = 0, abs = 0;
        for (int i = 0; i < n; i++) {
            double e = yPred[i] - yTrue[i];
            sq += e * e;
            abs += e;
        }
        double mse = sq / n;
        return new double[] {mse, Math.sqrt(mse), abs / n};
    }
}
