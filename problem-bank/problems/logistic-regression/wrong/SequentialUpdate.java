public class Solution {

    public static double[] fit(double[][] X, int[] y, double learningRate, int iterations) {
        int n = X.length;
        int d = X[0].length;
        double[] beta = new double[d + 1];
        for (int iteration = 0; iteration < iterations; iteration++) {
            // The bug: updates one coefficient at a time, so later ones see the new values.
            for (int j = 0; j <= d; j++) {
                double gradient = 0;
                for (int i = 0; i < n; i++) {
                    double z = beta[0];
                    for (int t = 0; t < d; t++) {
                        z += beta[t + 1] * X[i][t];
                    }
                    double error = 1 / (1 + Math.exp(-z)) - y[i];
                    gradient += (j == 0) ? error : error * X[i][j - 1];
                }
                beta[j] -= learningRate * gradient / n;
            }
        }
        return beta;
    }
}
