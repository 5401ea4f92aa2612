public class Solution {
    public static int linearSearch(int[] a, int target) {
        // TODO: return the first index holding target, or -1
        return -2;
    }
}
