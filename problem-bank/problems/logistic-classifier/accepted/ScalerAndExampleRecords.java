import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

public class Solution {

    record Scaler(double[] mean, double[] scale) {
        double[] apply(double[] row) {
            return IntStream.range(0, row.length).mapToDouble(j -> (row[j] - mean[j]) / scale[j]).toArray();
        }
    }

    record Example(double[] x, int label) {
    }

    public static int[] fitPredict(double[][] trainX, int[] trainY, double[][] testX) {
        int d = trainX[0].length;
        double[] mean = IntStream.range(0, d).mapToDouble(j -> Arrays.stream(trainX).mapToDouble(r -> r[j]).average().orElse(0)).toArray();
        double[] scale = IntStream.range(0, d).mapToDouble(j -> {
            double sd = Math.sqrt(Arrays.stream(trainX).mapToDouble(r -> Math.pow(r[j] - mean[j], 2)).average().orElse(0));
            return sd > 0 ? sd : 1;
        }).toArray();
        Scaler scaler = new Scaler(mean, scale);
        List<Example> examples = IntStream.range(0, trainX.length)
            .mapToObj(i -> new Example(scaler.apply(trainX[i]), trainY[i]))
            .toList();
        double[] beta = new double[d + 1];
        for (int iteration = 0; iteration < 300; iteration++) {
            double[] gradient = new double[d + 1];
            for (Example e : examples) {
                double error = sigmoid(score(beta, e.x())) - e.label();
                gradient[0] += error;
                for (int j = 0; j < d; j++) {
                    gradient[j + 1] += error * e.x()[j];
                }
            }
            for (int j = 0; j <= d; j++) {
                beta[j] -= 0.5 * gradient[j] / examples.size();
            }
        }
        return Arrays.stream(testX).map(scaler::apply).mapToInt(row -> score(beta, row) >= 0 ? 1 : 0).toArray();
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
