public class Solution {

    // Correct results, but the range is recomputed for every element.
    public static double[] scale(double[] data) {
        double[] scaled = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double value : data) {
                if (!Double.isNaN(value)) {
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                }
            }
            double range = max - min;
            scaled[i] = Double.isNaN(data[i]) ? Double.NaN : (range > 0) ? (data[i] - min) / range : 0.0;
        }
        return scaled;
    }
}
