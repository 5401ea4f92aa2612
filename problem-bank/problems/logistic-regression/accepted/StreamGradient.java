import java.util.stream.IntStream;

public class Solution {

    public static double[] fit(double[][] X, int[] y, double learningRate, int iterations) {
        int n = X.length;
        int d = X[0].length;
        double[] beta = new double[d + 1];
        for (int iteration = 0; iteration < iterations; iteration++) {
            double[] current = beta.clone();
            double[] errors = IntStream.range(0, n)
                .mapToDouble(i -> sigmoid(current[0] + IntStream.range(0, d).mapToDouble(j -> current[j + 1] * X[i][j]).sum()) - y[i])
                .toArray();
            double[] gradient = IntStream.rangeClosed(0, d)
                .mapToDouble(j -> IntStream.range(0, n).mapToDouble(i -> errors[i] * (j == 0 ? 1 : X[i][j - 1])).sum() / n)
                .toArray();
            for (int j = 0; j <= d; j++) {
                beta[j] -= learningRate * gradient[j];
            }
        }
        return beta;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
