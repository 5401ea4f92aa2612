public class Solution {

    public static double[] standardize(double[] data) {
        double sum = 0;
        int count = 0;
        for (double value : data) {
            if (!Double.isNaN(value)) {
                sum += value;
                count++;
            }
        }
        double mean = (count > 0) ? sum / count : 0;
        double squares = 0;
        for (double value : data) {
            if (!Double.isNaN(value)) {
                squares += (value - mean) * (value - mean);
            }
        }
        // The bug: n - 1 in the denominator.
        double std = (count > 1) ? Math.sqrt(squares / (count - 1)) : 0;
        double[] z = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            z[i] = Double.isNaN(data[i]) ? Double.NaN : (std > 0) ? (data[i] - mean) / std : 0.0;
        }
        return z;
    }
}
