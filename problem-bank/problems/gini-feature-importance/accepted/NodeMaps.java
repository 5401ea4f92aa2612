import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

public class Solution {

    public static double[] giniImportance(double[][] X, int[] y, int[] feature, double[] threshold) {
        int n = X.length;
        int d = (n == 0) ? 0 : X[0].length;
        int m = feature.length;
        double[] importance = new double[d];
        if (n == 0 || m == 0) {
            return importance;
        }
        List<Map<Integer, Integer>> counts = new ArrayList<>();
        for (int node = 0; node < m; node++) {
            counts.add(new HashMap<>());
        }
        for (int i = 0; i < n; i++) {
            int node = 0;
            while (true) {
                counts.get(node).merge(y[i], 1, Integer::sum);
                if (!internal(node, feature)) {
                    break;
                }
                node = (X[i][feature[node]] <= threshold[node]) ? 2 * node + 1 : 2 * node + 2;
            }
        }
        for (int node = 0; node < m; node++) {
            if (!internal(node, feature) || counts.get(node).isEmpty()) {
                continue;
            }
            double decrease = weightedGini(counts.get(node)) - weightedGini(counts.get(2 * node + 1))
                    - weightedGini(counts.get(2 * node + 2));
            importance[feature[node]] += decrease / n;
        }
        double total = IntStream.range(0, d).mapToDouble(f -> importance[f]).sum();
        return IntStream.range(0, d).mapToDouble(f -> total > 0 ? importance[f] / total : importance[f]).toArray();
    }

    private static boolean internal(int node, int[] feature) {
        return feature[node] >= 0 && 2 * node + 2 < feature.length;
    }

    /** Size times impurity: N_t * (1 - sum p^2). */
    private static double weightedGini(Map<Integer, Integer> counts) {
        int size = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (size == 0) {
            return 0;
        }
        double sumSquares = counts.values().stream().mapToDouble(c -> Math.pow((double) c / size, 2)).sum();
        return size * (1 - sumSquares);
    }
}
