public class Solution {
    public static int[] assignSplits(int n, int valPercent, int testPercent, long seed) {
        // TODO: compute the sizes, shuffle 0..n-1 with java.util.Random(seed), label the rows
        return new int[n];
    }
}
