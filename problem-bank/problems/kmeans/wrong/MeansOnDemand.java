public class Solution {

    // Gives the right labels, but computes each centroid from scratch whenever it needs one:
    // O(n^2 k d) per pass instead of O(n k d).
    public static int[] cluster(double[][] points, int k, double[][] initialCentroids) {
        int n = points.length;
        int[] labels = new int[n];
        if (n == 0) {
            return labels;
        }
        int d = points[0].length;
        double[][] previous = new double[k][];
        for (int j = 0; j < k; j++) {
            previous[j] = initialCentroids[j].clone();
        }
        int[] old = null;
        while (true) {
            int[] next = new int[n];
            for (int i = 0; i < n; i++) {
                double bestDistance = Double.MAX_VALUE;
                for (int j = 0; j < k; j++) {
                    double[] centroid = old == null ? previous[j] : mean(points, old, j, previous[j]);
                    double distance = 0;
                    for (int t = 0; t < d; t++) {
                        double diff = points[i][t] - centroid[t];
                        distance += diff * diff;
                    }
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        next[i] = j;
                    }
                }
            }
            if (old != null) {
                for (int j = 0; j < k; j++) {
                    previous[j] = mean(points, old, j, previous[j]);
                }
            }
            if (old != null && java.util.Arrays.equals(old, next)) {
                return next;
            }
            old = next;
        }
    }

    private static double[] mean(double[][] points, int[] labels, int cluster, double[] fallback) {
        double[] sum = new double[fallback.length];
        int count = 0;
        for (int i = 0; i < points.length; i++) {
            if (labels[i] == cluster) {
                count++;
                for (int t = 0; t < sum.length; t++) {
                    sum[t] += points[i][t];
                }
            }
        }
        if (count == 0) {
            return fallback;
        }
        for (int t = 0; t < sum.length; t++) {
            sum[t] /= count;
        }
        return sum;
    }
}
