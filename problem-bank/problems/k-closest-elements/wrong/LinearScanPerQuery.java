import java.util.Arrays;

public class Solution {
    public static int[][] closestWithNeighbors(int[] sorted, int[] queries, int k) {
        int n = sorted.length;
        int[][] out = new int[queries.length][];
        for (int q = 0; q < queries.length; q++) {
            int best = -1;
            long bestDist = Long.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                long d = Math.abs((long) sorted[i] - queries[q]);
                if (d < bestDist) {
                    bestDist = d;
                    best = i;
                }
            }
            if (best < 0) {
                out[q] = new int[0];
                continue;
            }
            int from = Math.max(0, best - k);
            int to = (int) Math.min(n - 1L, (long) best + k);
            out[q] = Arrays.copyOfRange(sorted, from, to + 1);
        }
        return out;
    }
}
