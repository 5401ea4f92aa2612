import java.util.Arrays;

public class Solution {
    public static double recallAtK(double[][] base, double[][] queries, int[][] approx, int k) {
        int n = base.length, take = Math.min(k, n);
        boolean[] inExact = new boolean[n];
        boolean[] counted = new boolean[n];
        double total = 0;
        for (int q = 0; q < queries.length; q++) {
            for (int r = 0; r < take; r++) {
                int best = -1;
                double bestDist = 0;
                for (int i = 0; i < n; i++) {
                    if (inExact[i]) continue;
                    double s = 0;
                    for (int c = 0; c < base[i].length; c++) s += (base[i][c] - queries[q][c]) * (base[i][c] - queries[q][c]);
                    if (best < 0 || s < bestDist) {
                        best = i;
                        bestDist = s;
                    }
                }
                inExact[best] = true;
            }
            int hits = 0;
            int depth = Math.min(k, approx[q].length);
            for (int i = 0; i < depth; i++) {
                int id = approx[q][i];
                if (inExact[id] && !counted[id]) hits++;
                counted[id] = true;
            }
            for (int i = 0; i < depth; i++) counted[approx[q][i]] = false;
            Arrays.fill(inExact, false);
            total += (double) hits / take;
        }
        return total / queries.length;
    }
}
