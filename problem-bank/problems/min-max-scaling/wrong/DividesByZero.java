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
        double[] scaled = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            scaled[i] = (data[i] - min) / (max - min);
        }
        return scaled;
    }
}
