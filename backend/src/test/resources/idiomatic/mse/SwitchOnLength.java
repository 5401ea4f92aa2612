import java.util.stream.IntStream;

public class Solution {

    public static double mse(double[] yTrue, double[] yPred) {
        return switch (yTrue.length) {
            case 0 -> Double.NaN;
            case 1 -> Math.pow(yTrue[0] - yPred[0], 2);
            default -> {
                double total = 0;
                for (int i = 0; i < yTrue.length; i++) {
                    total += (yTrue[i] - yPred[i]) * (yTrue[i] - yPred[i]);
                }
                yield total / yTrue.length;
            }
        };
    }
}
