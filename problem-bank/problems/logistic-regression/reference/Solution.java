public class Solution {

    public static double[] fit(double[][] X, int[] y, double learningRate, int iterations) {
        int n = X.length;
        int d = X[0].length;
        double[] beta = new double[d + 1];
        double[] gradient = new double[d + 1];
        for (int iteration = 0; iteration < iterations; iteration++) {
            java.util.Arrays.fill(gradient, 0);
            for (int i = 0; i < n; i++) {
                double z = beta[0];
                for (int j = 0; j < d; j++) {
                    z += beta[j + 1] * X[i][j];
                }
                double error = 1 / (1 + Math.exp(-z)) - y[i];
                gradient[0] += error;
                for (int j = 0; j < d; j++) {
                    gradient[j + 1] += error * X[i][j];
                }
            }
            // Simultaneous update: every component uses the gradient at the same point.
            for (int j = 0; j <= d; j++) {
                beta[j] -= learningRate * gradient[j] / n;
            }
        }
        return beta;
    }
}
