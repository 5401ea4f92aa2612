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
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bestDistance = Double.MAX_VALUE;
                for (int j = 0; j < k; j++) {
                    double distance = 0;
                    for (int t = 0; t < d; t++) {
                        double diff = points[i][t] - centroids[j][t];
                        distance += diff * diff;
                    }
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
            double[][] sums = new double[k][d];
            int[] counts = new int[k];
            for (int i = 0; i < n; i++) {
                counts[labels[i]]++;
                for (int t = 0; t < d; t++) {
                    sums[labels[i]][t] += points[i][t];
                }
            }
            for (int j = 0; j < k; j++) {
                for (int t = 0; t < d; t++) {
                    // The bug: an empty cluster's centroid collapses to the origin.
                    centroids[j][t] = counts[j] == 0 ? 0 : sums[j][t] / counts[j];
                }
            }
        }
        return labels;
    }
}
