import java.util.stream.IntStream;

public class Solution {

    public static double mse(double[] yTrue, double[] yPred) {
        if (yTrue.length == 0) {
            return Double.NaN;
        }
        double sum = IntStream.range(0, yTrue.length)
            .mapToObj(i -> yTrue[i] - yPred[i])
            .map(e -> e * e)
            .reduce(0.0, Double::sum);
        return sum / yTrue.length;
    }
}
