public class Solution {

    /** Returns (x - mean) / std for every value, with the population standard deviation. */
    public static double[] standardize(double[] data) {
        double[] z = new double[data.length];
        // TODO: compute the mean and standard deviation, then transform.
        return z;
    }
}
