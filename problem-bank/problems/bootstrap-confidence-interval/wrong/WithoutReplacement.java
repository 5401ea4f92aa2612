import java.util.Arrays;
import java.util.Random;

public class Solution {
    public static double[] bootstrapCi(double[] data, int resamples, double confidence, long seed) {
        int n = data.length;
        Random r = new Random(seed);
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double[] copy = data.clone();
            for (int i = n - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                double t = copy[i];
                copy[i] = copy[j];
                copy[j] = t;
            }
            double sum = 0;
            for (double v : copy) sum += v;
            means[b] = sum / n;
        }
        Arrays.sort(means);
        double alpha = 1 - confidence;
        double mean = 0;
        for (double v : data) mean += v;
        return new double[] { mean / n, percentile(means, alpha / 2), percentile(means, 1 - alpha / 2) };
    }

    private static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int i = (int) Math.floor(h);
        if (i >= sorted.length - 1) return sorted[sorted.length - 1];
        return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
    }
}
