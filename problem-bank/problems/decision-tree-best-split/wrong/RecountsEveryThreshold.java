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
        int[] left = new int[classes], right = new int[classes];
        for (int j = 0; j < d; j++) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) values[i] = X[i][j];
            Arrays.sort(values);
            for (int i = 0; i < n - 1; i++) {
                if (values[i] == values[i + 1]) continue;
                double t = (values[i] + values[i + 1]) / 2;
                // Both sides recounted from scratch for every candidate threshold.
                Arrays.fill(left, 0);
                Arrays.fill(right, 0);
                int nl = 0;
                for (int r = 0; r < n; r++) {
                    if (X[r][j] <= t) {
                        left[y[r]]++;
                        nl++;
                    } else {
                        right[y[r]]++;
                    }
                }
                int nr = n - nl;
                double gain = parent - ((double) nl / n) * impurity(left, nl, entropy)
                        - ((double) nr / n) * impurity(right, nr, entropy);
                if (gain > bestGain + 1e-12) {
                    bestGain = gain;
                    bestFeature = j;
                    bestThreshold = t;
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
}
