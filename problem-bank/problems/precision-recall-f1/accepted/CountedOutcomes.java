import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {

    enum Outcome { TP, FP, FN, TN }

    public static double[] precisionRecallF1(int[] yTrue, int[] yPred) {
        Map<Outcome, Long> counts = IntStream.range(0, yTrue.length)
            .mapToObj(i -> outcome(yTrue[i], yPred[i]))
            .collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        long tp = counts.getOrDefault(Outcome.TP, 0L);
        long fp = counts.getOrDefault(Outcome.FP, 0L);
        long fn = counts.getOrDefault(Outcome.FN, 0L);
        double precision = (tp + fp == 0) ? 0.0 : (double) tp / (tp + fp);
        double recall = (tp + fn == 0) ? 0.0 : (double) tp / (tp + fn);
        double f1 = (precision + recall == 0) ? 0.0 : 2 * precision * recall / (precision + recall);
        return new double[] { precision, recall, f1 };
    }

    private static Outcome outcome(int actual, int predicted) {
        if (predicted == 1) {
            return actual == 1 ? Outcome.TP : Outcome.FP;
        }
        return actual == 1 ? Outcome.FN : Outcome.TN;
    }
}
