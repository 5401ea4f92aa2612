import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

public class Solution {
    public static double[] bootstrapCi(double[] data, int resamples, double confidence, long seed) {
        int n = data.length;
        Random r = new Random(seed);
        double[] means = IntStream.range(0, resamples)
                .mapToDouble(b -> IntStream.range(0, n).mapToDouble(i -> data[r.nextInt(n)]).average().getAsDouble())
                .sorted()
                .toArray();
        double alpha = 1 - confidence;
        return new double[] { Arrays.stream(data).average().getAsDouble(), percentile(means, alpha / 2),
                percentile(means, 1 - alpha / 2) };
    }

    private static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int i = (int) h;
        return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[sorted.length - 1];
    }
}
