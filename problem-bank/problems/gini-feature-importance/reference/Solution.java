public class Solution {
    static final int LABELS = 100;

    static double gini(int[] counts, int total) {
        if (total == 0) return 0;
        double s = 0;
        for (int c : counts) {
            double p = (double) c / total;
            s += p * p;
        }
        return 1 - s;
    }

    public static double[] giniImportance(double[][] X, int[] y, int[] feature, double[] threshold) {
        int n = X.length, d = n == 0 ? 0 : X[0].length, m = feature.length;
        double[] importance = new double[d];
        if (n == 0 || m == 0) return importance;
        int[][] counts = new int[m][LABELS];
        int[] size = new int[m];
        // route every sample once, counting its label at each node on its path
        for (int i = 0; i < n; i++) {
            int node = 0;
            while (true) {
                counts[node][y[i]]++;
                size[node]++;
                if (feature[node] < 0 || 2 * node + 2 >= m) break;
                node = X[i][feature[node]] <= threshold[node] ? 2 * node + 1 : 2 * node + 2;
            }
        }
        for (int node = 0; node < m; node++) {
            if (feature[node] < 0 || 2 * node + 2 >= m || size[node] == 0) continue;
            int l = 2 * node + 1, r = 2 * node + 2;
            double decrease = size[node] * gini(counts[node], size[node])
                    - size[l] * gini(counts[l], size[l])
                    - size[r] * gini(counts[r], size[r]);
            importance[feature[node]] += decrease / n;
        }
        double total = 0;
        for (double v : importance) total += v;
        if (total > 0) for (int f = 0; f < d; f++) importance[f] /= total;
        return importance;
    }
}
