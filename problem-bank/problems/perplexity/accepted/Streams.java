import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

public class Solution {
    public static double perplexity(double[][] logits, int[] targets) {
        OptionalDouble meanLogProb = IntStream.range(0, logits.length)
                .filter(t -> targets[t] >= 0)
                .mapToDouble(t -> logProbability(logits[t], targets[t]))
                .average();
        return meanLogProb.isPresent() ? Math.exp(-meanLogProb.getAsDouble()) : Double.NaN;
    }

    private static double logProbability(double[] z, int target) {
        double max = Arrays.stream(z).max().getAsDouble();
        return z[target] - max - Math.log(Arrays.stream(z).map(v -> Math.exp(v - max)).sum());
    }
}
