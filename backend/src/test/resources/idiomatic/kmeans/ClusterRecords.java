import java.util.ArrayList;
import java.util.List;

public class Solution {

    record Centroid(double[] position) {
        double squaredDistanceTo(double[] p) {
            double s = 0;
            for (int t = 0; t < p.length; t++) {
                double diff = p[t] - position[t];
                s += diff * diff;
            }
            return s;
        }
    }

    public static int[] cluster(double[][] points, int k, double[][] initialCentroids) {
        List<Centroid> centroids = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            centroids.add(new Centroid(initialCentroids[j].clone()));
        }
        int[] labels = new int[points.length];
        java.util.Arrays.fill(labels, -1);
        boolean changed = points.length > 0;
        while (changed) {
            changed = false;
            for (int i = 0; i < points.length; i++) {
                int best = 0;
                for (int j = 1; j < k; j++) {
                    if (centroids.get(j).squaredDistanceTo(points[i]) < centroids.get(best).squaredDistanceTo(points[i])) {
                        best = j;
                    }
                }
                changed |= labels[i] != best;
                labels[i] = best;
            }
            if (changed) {
                centroids = recompute(points, labels, centroids);
            }
        }
        return labels;
    }

    private static List<Centroid> recompute(double[][] points, int[] labels, List<Centroid> old) {
        List<Centroid> next = new ArrayList<>();
        for (int j = 0; j < old.size(); j++) {
            double[] sum = new double[old.get(j).position().length];
            int count = 0;
            for (int i = 0; i < points.length; i++) {
                if (labels[i] == j) {
                    count++;
                    for (int t = 0; t < sum.length; t++) {
                        sum[t] += points[i][t];
                    }
                }
            }
            if (count == 0) {
                next.add(old.get(j));
                continue;
            }
            for (int t = 0; t < sum.length; t++) {
                sum[t] /= count;
            }
            next.add(new Centroid(sum));
        }
        return next;
    }
}
