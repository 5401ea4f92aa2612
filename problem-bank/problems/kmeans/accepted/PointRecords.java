import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {

    record Point(int index, double[] coords) {
    }

    public static int[] cluster(double[][] points, int k, double[][] initialCentroids) {
        List<Point> all = IntStream.range(0, points.length).mapToObj(i -> new Point(i, points[i])).toList();
        double[][] centroids = Arrays.stream(initialCentroids).limit(k).map(double[]::clone).toArray(double[][]::new);
        int[] labels = new int[points.length];
        Arrays.fill(labels, -1);
        boolean changed = true;
        while (changed && !all.isEmpty()) {
            changed = false;
            for (Point p : all) {
                int nearest = IntStream.range(0, k)
                    .boxed()
                    .min(Comparator.comparingDouble(j -> squaredDistance(p.coords(), centroids[j])))
                    .get();
                if (labels[p.index()] != nearest) {
                    labels[p.index()] = nearest;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            Map<Integer, List<Point>> members = all.stream().collect(Collectors.groupingBy(p -> labels[p.index()]));
            members.forEach((j, group) -> {
                int d = centroids[j].length;
                for (int t = 0; t < d; t++) {
                    int axis = t;
                    centroids[j][t] = group.stream().map(p -> p.coords()[axis]).reduce(0.0, Double::sum) / group.size();
                }
            });
        }
        return labels;
    }

    private static double squaredDistance(double[] a, double[] b) {
        return IntStream.range(0, a.length).mapToObj(t -> (a[t] - b[t]) * (a[t] - b[t])).reduce(0.0, Double::sum);
    }
}
