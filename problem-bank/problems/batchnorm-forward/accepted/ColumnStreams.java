import java.util.Arrays;
import java.util.stream.IntStream;

public class Solution {

    record Stats(double mean, double var) {
    }

    public static double[][] forward(double[][] X, double[] gamma, double[] beta, double[] runningMean,
            double[] runningVar, double momentum, double eps, boolean training) {
        int n = X.length;
        int d = gamma.length;
        Stats[] stats = IntStream.range(0, d).mapToObj(j -> {
            if (!training) {
                return new Stats(runningMean[j], runningVar[j]);
            }
            double mean = Arrays.stream(X).mapToDouble(row -> row[j]).sum() / n;
            double var = Arrays.stream(X).mapToDouble(row -> (row[j] - mean) * (row[j] - mean)).sum() / n;
            return new Stats(mean, var);
        }).toArray(Stats[]::new);
        double[][] out = new double[n + 2][];
        for (int i = 0; i < n; i++) {
            double[] row = X[i];
            out[i] = IntStream.range(0, d)
                .mapToDouble(j -> (row[j] - stats[j].mean()) * (gamma[j] / Math.sqrt(stats[j].var() + eps)) + beta[j])
                .toArray();
        }
        out[n] = training
                ? IntStream.range(0, d).mapToDouble(j -> momentum * runningMean[j] + (1 - momentum) * stats[j].mean()).toArray()
                : runningMean.clone();
        out[n + 1] = training
                ? IntStream.range(0, d).mapToDouble(j -> momentum * runningVar[j] + (1 - momentum) * stats[j].var()).toArray()
                : runningVar.clone();
        return out;
    }
}
