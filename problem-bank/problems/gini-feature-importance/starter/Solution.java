public class Solution {
    public static double[] giniImportance(double[][] X, int[] y, int[] feature, double[] threshold) {
        // TODO: route the samples through the tree, sum the weighted Gini decreases per feature, normalise
        return new double[X.length == 0 ? 0 : X[0].length];
    }
}
