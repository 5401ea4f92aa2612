import java.util.stream.IntStream;

public class Solution {

    public static double[] precisionRecallF1(int[] yTrue, int[] yPred) {
        long tp = IntStream.range(0, yTrue.length).filter(i -> yTrue[i] == 1 && yPred[i] == 1).count();
        long predictedPositive = IntStream.of(yPred).filter(p -> p == 1).count();
        long actualPositive = IntStream.of(yTrue).filter(t -> t == 1).count();
        double precision = predictedPositive == 0 ? 0.0 : (double) tp / predictedPositive;
        double recall = actualPositive == 0 ? 0.0 : (double) tp / actualPositive;
        double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        return new double[] { precision, recall, f1 };
    }
}
