public class Solution {

    // Plausible mistake: a single assignment to the starting centroids, no update loop.
    public static int[] cluster(double[][] points, int k, double[][] initialCentroids) {
        int[] labels = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            double best = Double.MAX_VALUE;
            for (int j = 0; j < k; j++) {
                double distance = 0;
                for (int t = 0; t < points[i].length; t++) {
                    double diff = points[i][t] - initialCentroids[j][t];
                    distance += diff * diff;
                }
                if (distance < best) {
                    best = distance;
                    labels[i] = j;
                }
            }
        }
        return labels;
    }
}
