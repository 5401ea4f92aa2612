public class Solution {

    public static double[] standardize(double[] data) {
        double sum = 0;
        double sumOfSquares = 0;
        int count = 0;
        for (double value : data) {
            if (!Double.isNaN(value)) {
                sum += value;
                sumOfSquares += value * value;
                count++;
            }
        }
        double mean = (count > 0) ? sum / count : 0;
        // The bug: E[x^2] - E[x]^2 loses all precision when the values are large and close.
        double variance = (count > 0) ? Math.max(0, sumOfSquares / count - mean * mean) : 0;
        double std = Math.sqrt(variance);
        double[] z = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            z[i] = Double.isNaN(data[i]) ? Double.NaN : (std > 0) ? (data[i] - mean) / std : 0.0;
        }
        return z;
    }
}
