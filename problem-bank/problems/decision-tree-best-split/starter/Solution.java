public class Solution {
    public static double[] bestSplit(double[][] X, int[] y, boolean entropy) {
        // TODO: [feature, threshold, gain] of the best split, or [-1, 0, 0]
        return new double[] { -1, 0, 0 };
    }
}
