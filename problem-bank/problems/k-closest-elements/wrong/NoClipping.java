import java.util.Arrays;

public class Solution {
    /** First index whose value is >= x (n if none). */
    static int lowerBound(int[] a, long x) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public static int[][] closestWithNeighbors(int[] sorted, int[] targets, int k) {
        int n = sorted.length;
        int[][] out = new int[targets.length][];
        for (int q = 0; q < targets.length; q++) {
            if (n == 0) {
                out[q] = new int[0];
                continue;
            }
            long t = targets[q];
            int right = lowerBound(sorted, t);
            int best;
            if (right == n) best = lowerBound(sorted, sorted[n - 1]);
            else if (right == 0) best = 0;
            else {
                long dLeft = t - sorted[right - 1], dRight = sorted[right] - t;
                best = dLeft <= dRight ? lowerBound(sorted, sorted[right - 1]) : right;
            }
            int[] window = new int[Math.min(n, 2 * k + 1)];
            for (int i = 0; i < window.length; i++) window[i] = sorted[best - k + i];
            out[q] = window;
        }
        return out;
    }
}
