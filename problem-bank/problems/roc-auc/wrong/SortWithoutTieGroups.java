import java.util.Arrays;

public class Solution {
    public static double rocAuc(int[] labels, double[] scores) {
        int n = labels.length;
        long pos = 0;
        for (int y : labels) pos += y;
        long neg = n - pos;
        if (pos == 0 || neg == 0) return Double.NaN;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double total = 0;
        long negSoFar = 0;
        for (int k = 0; k < n; k++) {
            if (labels[order[k]] == 1) total += negSoFar; else negSoFar++;
        }
        return total / ((double) pos * neg);
    }
}
