public class Solution {
    public static int[][] encode(String[] values, boolean dropFirst) {
        // TODO: sort the distinct levels, then build one indicator row per value
        return new int[0][];
    }
}
