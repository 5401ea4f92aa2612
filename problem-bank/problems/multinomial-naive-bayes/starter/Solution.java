public class Solution {
    public static int[] predict(int[][] trainCounts, int[] trainY, int[][] testCounts, double alpha) {
        // TODO: priors, smoothed word probabilities per class, then the arg-max log posterior
        return new int[testCounts.length];
    }
}
