public class Solution {
    public static int[] mmr(double[][] docs, double[] query, int k, double lambda) {
        // TODO: greedy selection by lambda * relevance - (1 - lambda) * max similarity to the selected
        return new int[Math.min(k, docs.length)];
    }
}
