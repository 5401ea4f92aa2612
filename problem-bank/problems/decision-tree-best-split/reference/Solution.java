import java.util.Arrays;

public class Solution {
    public static double[] bestSplit(double[][] X, int[] y, boolean entropy) {
        int n = X.length;
        if (n < 2) return new double[] { -1, 0, 0 };
        int d = X[0].length, classes = 0;
        for (int label : y) classes = Math.max(classes, label + 1);
        int[] total = new int[classes];
        for (int label : y) total[label]++;
        double parent = impurity(total, n, entropy);
        double bestGain = 0, bestFeature = -1, bestThreshold = 0;
        int[] order = new int[n], buffer = new int[n], left = new int[classes], right = new int[classes];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) order[i] = i;
            sort(order, buffer, X, j, 0, n);
            Arrays.fill(left, 0);
            System.arraycopy(total, 0, right, 0, classes);
            // Sweep: after moving row i to the left side, split between it and the next distinct value.
            for (int i = 0; i < n - 1; i++) {
                int label = y[order[i]];
                left[label]++;
                right[label]--;
                double a = X[order[i]][j], b = X[order[i + 1]][j];
                if (a == b) continue;
                int nl = i + 1, nr = n - nl;
                double gain = parent - ((double) nl / n) * impurity(left, nl, entropy)
                        - ((double) nr / n) * impurity(right, nr, entropy);
                // Equal gains up to rounding keep the earlier (lower feature, lower threshold) split.
                if (gain > bestGain + 1e-12) {
                    bestGain = gain;
                    bestFeature = j;
                    bestThreshold = (a + b) / 2;
                }
            }
        }
        return bestFeature < 0 ? new double[] { -1, 0, 0 } : new double[] { bestFeature, bestThreshold, bestGain };
    }

    private static double impurity(int[] counts, int size, boolean entropy) {
        double result = entropy ? 0 : 1;
        for (int c : counts) {
            if (c == 0) continue;
            double p = (double) c / size;
            result -= entropy ? p * Math.log(p) / Math.log(2) : p * p;
        }
        return result;
    }

    private static void sort(int[] a, int[] buffer, double[][] X, int j, int from, int to) {
        if (to - from < 2) return;
        int mid = (from + to) >>> 1;
        sort(a, buffer, X, j, from, mid);
        sort(a, buffer, X, j, mid, to);
        int p = from, q = mid, o = from;
        while (p < mid && q < to) buffer[o++] = (X[a[q]][j] < X[a[p]][j]) ? a[q++] : a[p++];
        while (p < mid) buffer[o++] = a[p++];
        while (q < to) buffer[o++] = a[q++];
        System.arraycopy(buffer, from, a, from, to - from);
    }
}
