public class Solution {
    public static int[] topKCosine(double[][] docs, double[] query, int k) {
        // TODO: indices of the k most cosine-similar documents, best first, ties by lower index
        return new int[Math.min(k, docs.length)];
    }
}
