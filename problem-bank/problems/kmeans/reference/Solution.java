import java.util.Arrays;

public class Solution {

    public static int[] cluster(double[][] points, int k, double[][] initialCentroids) {
        int n = points.length;
        int[] labels = new int[n];
        if (n == 0) {
            return labels;
        }
        int d = points[0].length;
        double[][] centroids = new double[k][];
        for (int j = 0; j < k; j++) {
            centroids[j] = initialCentroids[j].clone();
        }
        Arrays.fill(labels, -1);
        double[][] sums = new double[k][d];
        int[] counts = new int[k];
        while (assign(points, centroids, labels)) {
            for (double[] sum : sums) {
                Arrays.fill(sum, 0);
            }
            Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[labels[i]]++;
                for (int t = 0; t < d; t++) {
                    sums[labels[i]][t] += points[i][t];
                }
            }
            for (int j = 0; j < k; j++) {
                if (counts[j] > 0) {
                    for (int t = 0; t < d; t++) {
                        centroids[j][t] = sums[j][t] / counts[j];
                    }
                }
            }
        }
        return labels;
    }

    /** Gives each point its nearest centroid (lower index on ties); true when any label changed. */
    private static boolean assign(double[][] points, double[][] centroids, int[] labels) {
        boolean changed = false;
        for (int i = 0; i < points.length; i++) {
            int best = 0;
            double bestDistance = squaredDistance(points[i], centroids[0]);
            for (int j = 1; j < centroids.length; j++) {
                double distance = squaredDistance(points[i], centroids[j]);
                if (distance < bestDistance) {
                    best = j;
                    bestDistance = distance;
                }
            }
            if (labels[i] != best) {
                labels[i] = best;
                changed = true;
            }
        }
        return changed;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int t = 0; t < a.length; t++) {
            double diff = a[t] - b[t];
            sum += diff * diff;
        }
        return sum;
    }
}
