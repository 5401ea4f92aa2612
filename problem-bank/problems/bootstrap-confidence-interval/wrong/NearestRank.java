import java.util.Arrays;
import java.util.Random;

public class Solution {
    public static double[] bootstrapCi(double[] data, int resamples, double confidence, long seed) {
        int n = data.length;
        Random r = new Random(seed);
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += data[r.nextInt(n)];
            means[b] = sum / n;
        }
        Arrays.sort(means);
        double alpha = 1 - confidence;
        double mean = 0;
        for (double v : data) mean += v;
        return new double[] { mean / n, percentile(means, alpha / 2), percentile(means, 1 - alpha / 2) };
    }

    private static double percentile(double[] sorted, double p) {
        int i = (int) (p * sorted.length);
        return sorted[Math.min(i, sorted.length - 1)];
    }
}
