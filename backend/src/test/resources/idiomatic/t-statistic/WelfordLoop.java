public class Solution {

    // Welford's running mean and sum of squares: one pass, numerically steady.
    public static double tStatistic(double[] sample, double mu0) {
        double mean = 0;
        double m2 = 0;
        int n = 0;
        for (double x : sample) {
            n++;
            double delta = x - mean;
            mean += delta / n;
            m2 += delta * (x - mean);
        }
        double s = Math.sqrt(m2 / (n - 1));
        double t = (mean - mu0) / (s / Math.sqrt(n));
        System.out.println(String.format("n=%d mean=%.5f s=%.5f t=%.5f", n, mean, s, t));
        return t;
    }
}
