import java.util.Arrays;

public class Solution {
    public static int[][] closestWithNeighbors(int[] sorted, int[] queries, int k) {
        int n = sorted.length;
        int[][] out = new int[queries.length][];
        for (int q = 0; q < queries.length; q++) {
            if (n == 0) {
                out[q] = new int[0];
                continue;
            }
            long target = queries[q];
            int p = lowerBound(sorted, target);
            int c;
            if (p == n || (p > 0 && target - sorted[p - 1] <= (long) sorted[p] - target)) {
                c = lowerBound(sorted, sorted[p - 1]);
            } else {
                c = p;
            }
            // always return 2k + 1 values when the array is long enough
            int len = (int) Math.min(n, 2L * k + 1);
            int from = Math.max(0, c - k);
            if (from + len > n) from = n - len;
            out[q] = Arrays.copyOfRange(sorted, from, from + len);
        }
        return out;
    }

    private static int lowerBound(int[] a, long target) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < target) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
