import java.util.Arrays;

public class Solution {

    public static double tStatistic(double[] sample, double mu0) {
        int n = sample.length;
        double mean = Arrays.stream(sample).average().orElse(Double.NaN);
        double variance = Arrays.stream(sample).map(v -> (v - mean) * (v - mean)).sum() / (n - 1);
        return (mean - mu0) / Math.sqrt(variance / n);
    }
}
