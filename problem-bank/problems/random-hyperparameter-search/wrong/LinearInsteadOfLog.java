import java.util.Random;

public class Solution {
    public static double[][] randomSearch(double[] low, double[] high, int[] kind, int trials, long seed) {
        Random r = new Random(seed);
        int p = low.length;
        double[][] configs = new double[trials][p];
        for (int t = 0; t < trials; t++) {
            for (int j = 0; j < p; j++) {
                if (kind[j] == 2) {
                    // Integers: every value of [low, high] equally likely, bounds included.
                    configs[t][j] = low[j] + r.nextInt((int) (high[j] - low[j]) + 1);
                } else if (kind[j] == 1) {
                    // Uniform on the linear scale, then "log" only in name.
                    configs[t][j] = low[j] + r.nextDouble() * (high[j] - low[j]);
                } else {
                    configs[t][j] = low[j] + r.nextDouble() * (high[j] - low[j]);
                }
            }
        }
        return configs;
    }
}
