public class Solution {
    public static int[] rrf(int[][] rankings, int k) {
        // TODO: sum 1 / (k + rank) per document, then sort by score descending, ties by lower id
        return new int[0];
    }
}
