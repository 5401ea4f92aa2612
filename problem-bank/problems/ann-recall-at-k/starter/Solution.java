public class Solution {
    public static double recallAtK(double[][] base, double[][] queries, int[][] approx, int k) {
        // TODO: exact top-k by brute force, then the mean overlap with the index's first k ids
        return 0.0;
    }
}
