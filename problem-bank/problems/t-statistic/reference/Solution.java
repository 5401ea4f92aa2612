public class Solution {

    public static double tStatistic(double[] sample, double mu0) {
        int n = sample.length;
        double sum = 0;
        for (double value : sample) {
            sum += value;
        }
        double mean = sum / n;
        double squares = 0;
        for (double value : sample) {
            squares += (value - mean) * (value - mean);
        }
        double s = Math.sqrt(squares / (n - 1));
        return (mean - mu0) / (s / Math.sqrt(n));
    }
}
