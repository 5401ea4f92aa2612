import java.util.stream.IntStream;

public class Solution {
    public static double[][] rope(double[][] X, int startPosition, double base) {
        return IntStream.range(0, X.length).mapToObj(t -> {
            double[] x = X[t];
            int d = x.length;
            return IntStream.range(0, d).mapToDouble(j -> {
                int i = j / 2;
                double theta = (startPosition + t) * Math.pow(base, -2.0 * i / d);
                double a = x[2 * i], b = x[2 * i + 1];
                return j % 2 == 0 ? a * Math.cos(theta) - b * Math.sin(theta) : a * Math.sin(theta) + b * Math.cos(theta);
            }).toArray();
        }).toArray(double[][]::new);
    }
}
