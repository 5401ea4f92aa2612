import java.util.Arrays;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

public class Solution {
    public static double[][] layerNorm(double[][] X, double[] gamma, double[] beta, double eps) {
        return Arrays.stream(X).map(x -> {
            double mean = DoubleStream.of(x).average().orElse(0);
            double var = DoubleStream.of(x).map(v -> (v - mean) * (v - mean)).average().orElse(0);
            double sd = Math.sqrt(var + eps);
            return IntStream.range(0, x.length).mapToDouble(j -> gamma[j] * (x[j] - mean) / sd + beta[j]).toArray();
        }).toArray(double[][]::new);
    }
}
