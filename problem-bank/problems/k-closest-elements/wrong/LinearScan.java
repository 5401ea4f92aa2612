import java.util.Arrays;

public class Solution {
    public static int[][] closestWithNeighbors(int[] sorted, int[] targets, int k) {
        int n = sorted.length;
        int[][] out = new int[targets.length][];
        for (int q = 0; q < targets.length; q++) {
            if (n == 0) {
                out[q] = new int[0];
                continue;
            }
            int best = 0;
            for (int i = 1; i < n; i++) {
                long d = Math.abs((long) sorted[i] - targets[q]), bd = Math.abs((long) sorted[best] - targets[q]);
                if (d < bd) best = i;
            }
            int from = Math.max(0, best - k), to = Math.min(n - 1, best + k);
            out[q] = Arrays.copyOfRange(sorted, from, to + 1);
        }
        return out;
    }
}
