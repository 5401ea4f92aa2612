import java.util.List;
import java.util.stream.IntStream;

public class Solution {

    record Example(double[] x, int label) {
    }

    public static double[] fit(double[][] X, int[] y, double learningRate, int iterations) {
        int d = X[0].length;
        List<Example> examples = IntStream.range(0, X.length).mapToObj(i -> new Example(X[i], y[i])).toList();
        double[] beta = new double[d + 1];
        for (int iteration = 0; iteration < iterations; iteration++) {
            double[] gradient = new double[d + 1];
            for (Example e : examples) {
                double error = sigmoid(score(beta, e.x())) - e.label();
                gradient[0] += error;
                for (int j = 0; j < d; j++) {
                    gradient[j + 1] += error * e.x()[j];
                }
            }
            for (int j = 0; j <= d; j++) {
                beta[j] -= learningRate * gradient[j] / examples.size();
            }
        }
        return beta;
    }

    private static double score(double[] beta, double[] row) {
        double z = beta[0];
        for (int j = 0; j < row.length; j++) {
            z += beta[j + 1] * row[j];
        }
        return z;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
