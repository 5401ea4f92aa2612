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
            int target = queries[q];
            int p = firstAtLeast(sorted, target);
            int centre;
            if (p == n) {
                centre = firstAtLeast(sorted, sorted[n - 1]);
            }
            else if (p > 0 && (long) target - sorted[p - 1] <= (long) sorted[p] - target) {
                centre = firstAtLeast(sorted, sorted[p - 1]);
            }
            else {
                centre = p;
            }
            out[q] = Arrays.copyOfRange(sorted, Math.max(0, centre - k), (int) Math.min(n, (long) centre + k + 1));
        }
        return out;
    }

    private static int firstAtLeast(int[] a, long target) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < target) {
                lo = mid + 1;
            }
            else {
                hi = mid;
            }
        }
        return lo;
    }
}
