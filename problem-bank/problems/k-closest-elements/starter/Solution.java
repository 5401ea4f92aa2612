public class Solution {
    public static int[][] closestWithNeighbors(int[] sorted, int[] targets, int k) {
        // TODO: for each target, the closest element with k neighbours on each side
        return new int[targets.length][0];
    }
}
