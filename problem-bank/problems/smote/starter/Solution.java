public class Solution {
    public static double[][] smote(double[][] minority, int k, int[] baseIndex, int[] neighborRank, double[] gaps) {
        // TODO: find k nearest minority neighbours of each base point, then interpolate
        return new double[0][];
    }
}
