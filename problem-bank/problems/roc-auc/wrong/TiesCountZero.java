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
        long negBelow = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            long p = 0, q = 0;
            while (j < n && scores[order[j]] == scores[order[i]]) {
                if (labels[order[j]] == 1) p++; else q++;
                j++;
            }
            total += p * negBelow;
            negBelow += q;
            i = j;
        }
        return total / ((double) pos * neg);
    }
}
