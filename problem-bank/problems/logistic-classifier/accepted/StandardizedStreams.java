import java.util.Arrays;
import java.util.stream.IntStream;

public class Solution {

    record Scaler(double[] mean, double[] scale) {
        double[] apply(double[] row) {
            return IntStream.range(0, row.length).mapToDouble(j -> (row[j] - mean[j]) / scale[j]).toArray();
        }
    }

    public static int[] fitPredict(double[][] trainX, int[] trainY, double[][] testX) {
        int n = trainX.length;
        int d = trainX[0].length;
        double[] mean = IntStream.range(0, d).mapToDouble(j -> Arrays.stream(trainX).mapToDouble(r -> r[j]).average().orElse(0)).toArray();
        double[] scale = IntStream.range(0, d).mapToDouble(j -> {
            double sd = Math.sqrt(Arrays.stream(trainX).mapToDouble(r -> Math.pow(r[j] - mean[j], 2)).average().orElse(0));
            return sd > 0 ? sd : 1;
        }).toArray();
        Scaler scaler = new Scaler(mean, scale);
        double[][] x = Arrays.stream(trainX).map(scaler::apply).toArray(double[][]::new);
        double[] beta = new double[d + 1];
        for (int iteration = 0; iteration < 300; iteration++) {
            double[] current = beta.clone();
            double[] errors = IntStream.range(0, n).mapToDouble(i -> sigmoid(score(current, x[i])) - trainY[i]).toArray();
            beta[0] -= 0.5 * Arrays.stream(errors).average().orElse(0);
            for (int j = 0; j < d; j++) {
                int col = j;
                beta[j + 1] -= 0.5 * IntStream.range(0, n).mapToDouble(i -> errors[i] * x[i][col]).sum() / n;
            }
        }
        return Arrays.stream(testX).map(scaler::apply).mapToInt(row -> score(beta, row) >= 0 ? 1 : 0).toArray();
    }

    private static double score(double[] beta, double[] row) {
        return beta[0] + IntStream.range(0, row.length).mapToDouble(j -> beta[j + 1] * row[j]).sum();
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
