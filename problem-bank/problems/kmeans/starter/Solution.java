public class Solution {

    /**
     * Clusters the points with Lloyd's algorithm from the given centroids.
     * Returns, for each point, the index of the centroid it ends up assigned to.
     */
    public static int[] cluster(double[][] points, int k, double[][] initialCentroids) {
        int[] labels = new int[points.length];
        // TODO: alternate assignment and update steps until no label changes.
        return labels;
    }
}
