public class Solution {

    public static double[] scale(double[] data) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : data) {
            if (!Double.isNaN(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        double range = max - min;
        double[] scaled = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            if (Double.isNaN(data[i])) {
                scaled[i] = Double.NaN;
            }
            else {
                scaled[i] = (range > 0) ? (data[i] - min) / range : 0.0;
            }
        }
        return scaled;
    }
}
