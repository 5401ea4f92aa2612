public class Solution {

    // Right answer, but the mean is recomputed for every deviation.
    public static double tStatistic(double[] sample, double mu0) {
        int n = sample.length;
        double squares = 0;
        for (double value : sample) {
            double deviation = value - mean(sample);
            squares += deviation * deviation;
        }
        double s = Math.sqrt(squares / (n - 1));
        return (mean(sample) - mu0) / (s / Math.sqrt(n));
    }

    private static double mean(double[] sample) {
        double sum = 0;
        for (double value : sample) {
            sum += value;
        }
        return sum / sample.length;
    }
}
