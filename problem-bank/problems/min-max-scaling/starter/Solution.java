public class Solution {

    /** Scales the values linearly onto [0, 1]. */
    public static double[] scale(double[] data) {
        double[] scaled = new double[data.length];
        // TODO: find the range, then map each value.
        return scaled;
    }
}
