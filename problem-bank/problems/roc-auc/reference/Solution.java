import java.util.Arrays;

public class Solution {
    public static double rocAuc(int[] labels, double[] scores) {
        int n = labels.length, p = 0;
        for (int y : labels) if (y == 1) p++;
        int q = n - p;
        if (p == 0 || q == 0) return 0.5;
        double[] pos = new double[p], neg = new double[q];
        int a = 0, b = 0;
        for (int i = 0; i < n; i++) {
            if (labels[i] == 1) pos[a++] = scores[i];
            else neg[b++] = scores[i];
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        // for each positive (ascending): negatives strictly below count 1, equal ones count 1/2
        double wins = 0;
        int below = 0, atOrBelow = 0;
        for (double s : pos) {
            while (below < q && neg[below] < s) below++;
            if (atOrBelow < below) atOrBelow = below;
            while (atOrBelow < q && neg[atOrBelow] <= s) atOrBelow++;
            wins += below + (atOrBelow - below) / 2.0;
        }
        return wins / ((double) p * q);
    }
}
