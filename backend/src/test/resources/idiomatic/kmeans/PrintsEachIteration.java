import java.util.Arrays;

public class Solution {

    public static int[] cluster(double[][] points, int k, double[][] initialCentroids) {
        int n = points.length;
        var labels = new int[n];
        Arrays.fill(labels, -1);
        if (n == 0) {
            return new int[0];
        }
        int d = points[0].length;
        var centroids = Arrays.stream(initialCentroids).map(double[]::clone).toArray(double[][]::new);
        for (int iteration = 1;; iteration++) {
            int moved = 0;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bestDistance = Double.MAX_VALUE;
                for (int j = 0; j < k; j++) {
                    double dist = 0;
                    for (int t = 0; t < d; t++) {
                        dist += (points[i][t] - centroids[j][t]) * (points[i][t] - centroids[j][t]);
                    }
                    if (dist < bestDistance) {
                        best = j;
                        bestDistance = dist;
                    }
                }
                if (labels[i] != best) {
                    labels[i] = best;
                    moved++;
                }
            }
            System.out.printf("iteration %d: %d points moved%n", iteration, moved);
            if (moved == 0) {
                return labels;
            }
            var sums = new double[k][d];
            var counts = new int[k];
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
                System.out.println("  centroid " + j + " = " + Arrays.toString(centroids[j]));
            }
        }
    }
}
