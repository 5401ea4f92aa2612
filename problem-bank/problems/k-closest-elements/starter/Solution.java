public class Solution {
    public static int[][] closestWithNeighbors(int[] sorted, int[] queries, int k) {
        // TODO: for each query, binary search the closest element (ties: smaller value, first copy)
        // and return sorted[max(0, c - k) .. min(n - 1, c + k)]
        return new int[queries.length][0];
    }
}
