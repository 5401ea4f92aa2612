import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

public class Solution {

    public static double[][] activations(double[] x) {
        DoubleUnaryOperator relu = v -> v > 0 ? v : 0.0;
        DoubleUnaryOperator step = v -> v > 0 ? 1.0 : 0.0;
        DoubleUnaryOperator sigmoid = v -> v >= 0 ? 1.0 / (1.0 + Math.exp(-v)) : Math.exp(v) / (1.0 + Math.exp(v));
        DoubleUnaryOperator slope = v -> sigmoid.applyAsDouble(v) * (1.0 - sigmoid.applyAsDouble(v));
        return Arrays.stream(new DoubleUnaryOperator[] { relu, step, sigmoid, slope })
            .map(f -> Arrays.stream(x).map(v -> Double.isNaN(v) ? Double.NaN : f.applyAsDouble(v)).toArray())
            .toArray(double[][]::new);
    }
}
