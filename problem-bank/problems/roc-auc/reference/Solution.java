import java.util.Arrays;

public class Solution {
    public static double rocAuc(int[] labels, double[] scores) {
        int n = labels.length;
        int pos = 0;
        for (int y : labels) pos += y;
        int neg = n - pos;
        if (pos == 0 || neg == 0) return Double.NaN;
        double[] p = new double[pos];
        double[] q = new double[neg];
        for (int i = 0, a = 0, b = 0; i < n; i++) {
            if (labels[i] == 1) p[a++] = scores[i]; else q[b++] = scores[i];
        }
        Arrays.sort(p);
        Arrays.sort(q);
        // for each positive (ascending): negatives strictly below count 1, equal ones count 1/2
        double total = 0;
        int below = 0; // negatives with score < current positive score
        int upTo = 0;  // negatives with score <= current positive score
        for (double s : p) {
            while (below < neg && q[below] < s) below++;
            if (upTo < below) upTo = below;
            while (upTo < neg && q[upTo] == s) upTo++;
            total += below + (upTo - below) / 2.0;
        }
        return total / ((double) pos * neg);
    }
}
