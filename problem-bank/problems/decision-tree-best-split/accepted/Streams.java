import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {
    record Split(int feature, double threshold, double gain) {
    }

    public static double[] bestSplit(double[][] X, int[] y, boolean entropy) {
        int n = X.length;
        if (n < 2) return new double[] { -1, 0, 0 };
        int classes = Arrays.stream(y).max().getAsInt() + 1;
        int[] total = new int[classes];
        Arrays.stream(y).forEach(label -> total[label]++);
        double parent = impurity(total, n, entropy);
        Split best = null;
        for (int j = 0; j < X[0].length; j++) {
            int feature = j;
            List<Integer> order = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingDouble(i -> X[i][feature]))
                    .collect(Collectors.toList());
            int[] left = new int[classes];
            int[] right = total.clone();
            for (int i = 0; i < n - 1; i++) {
                int row = order.get(i);
                left[y[row]]++;
                right[y[row]]--;
                double a = X[row][feature], b = X[order.get(i + 1)][feature];
                if (a == b) continue;
                double gain = parent - (i + 1.0) / n * impurity(left, i + 1, entropy)
                        - (n - i - 1.0) / n * impurity(right, n - i - 1, entropy);
                if (gain > (best == null ? 0 : best.gain()) + 1e-12) best = new Split(feature, (a + b) / 2, gain);
            }
        }
        return best == null ? new double[] { -1, 0, 0 } : new double[] { best.feature(), best.threshold(), best.gain() };
    }

    private static double impurity(int[] counts, int size, boolean entropy) {
        return Arrays.stream(counts).filter(c -> c > 0).mapToDouble(c -> (double) c / size)
                .map(p -> entropy ? -p * Math.log(p) / Math.log(2) : -p * p)
                .sum() + (entropy ? 0 : 1);
    }
}
