import java.util.Arrays;
import java.util.stream.DoubleStream;

public class Solution {
    public static double[][] softmaxRows(double[][] logits, boolean log) {
        return Arrays.stream(logits).map(z -> row(z, log)).toArray(double[][]::new);
    }

    private static double[] row(double[] z, boolean log) {
        double max = DoubleStream.of(z).max().orElse(0);
        double logSum = Math.log(DoubleStream.of(z).map(v -> Math.exp(v - max)).sum());
        return DoubleStream.of(z)
                .map(v -> log ? v - max - logSum : Math.exp(v - max - logSum))
                .toArray();
    }
}
