public class Solution {
    public static double[] removeOutliers(double[] data, double threshold) {
        // TODO: compute the mean and population standard deviation, keep values with |z| <= threshold
        return new double[0];
    }
}
