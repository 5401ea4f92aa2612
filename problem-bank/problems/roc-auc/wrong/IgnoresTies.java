import java.util.Arrays;

public class Solution {
    public static double rocAuc(int[] labels, double[] scores) {
        int n = labels.length;
        long pos = 0;
        for (int y : labels) pos += y;
        long neg = n - pos;
        if (pos == 0 || neg == 0) return 0.5;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        // sum of the (average) ranks of the positives, ranks starting at 1
        double rankSum = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            double avgRank = (i + 1 + j + 1) / 2.0;
            for (int k = i; k <= j; k++) if (labels[order[k]] == 1) rankSum += avgRank;
            i = j + 1;
        }
        return (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }
}
