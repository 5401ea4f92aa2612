public class Solution {
    public static double mse(double[] yTrue, double[] yPred) {
        int n = yTrue.length;
        if (n == 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double e = yTrue[i] - yPred[i];
            sum += e * e;
        }
        return sum / (n - 1);
    }
}
