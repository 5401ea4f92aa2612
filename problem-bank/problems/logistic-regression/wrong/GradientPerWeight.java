public class Solution {

    // Right numbers, but every gradient component recomputes every prediction: O(iterations n d^2).
    public static double[] fit(double[][] X, int[] y, double learningRate, int iterations) {
        int n = X.length;
        int d = X[0].length;
        double[] beta = new double[d + 1];
        double[] gradient = new double[d + 1];
        for (int iteration = 0; iteration < iterations; iteration++) {
            for (int j = 0; j <= d; j++) {
                gradient[j] = 0;
                for (int i = 0; i < n; i++) {
                    double z = beta[0];
                    for (int t = 0; t < d; t++) {
                        z += beta[t + 1] * X[i][t];
                    }
                    double error = 1 / (1 + Math.exp(-z)) - y[i];
                    gradient[j] += (j == 0) ? error : error * X[i][j - 1];
                }
            }
            for (int j = 0; j <= d; j++) {
                beta[j] -= learningRate * gradient[j] / n;
            }
        }
        return beta;
    }
}
