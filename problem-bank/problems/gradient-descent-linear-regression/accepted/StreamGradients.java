import java.util.Arrays;
import java.util.stream.IntStream;

public class Solution {

    public static double[] gradientDescent(double[][] X, double[] y, double learningRate, int iterations) {
        int n = X.length;
        int d = (n == 0) ? 0 : X[0].length;
        double[] theta = new double[d + 1];
        for (int it = 0; it < iterations && n > 0; it++) {
            double[] current = theta.clone();
            double[] residuals = IntStream.range(0, n)
                .mapToDouble(i -> predict(current, X[i]) - y[i])
                .toArray();
            double gradB = Arrays.stream(residuals).sum() / n;
            double[] gradW = IntStream.range(0, d)
                .mapToDouble(j -> IntStream.range(0, n).mapToDouble(i -> residuals[i] * X[i][j]).sum() / n)
                .toArray();
            theta[0] -= learningRate * gradB;
            for (int j = 0; j < d; j++) {
                theta[j + 1] -= learningRate * gradW[j];
            }
        }
        return theta;
    }

    private static double predict(double[] theta, double[] row) {
        double p = theta[0];
        for (int j = 0; j < row.length; j++) {
            p += theta[j + 1] * row[j];
        }
        return p;
    }
}
