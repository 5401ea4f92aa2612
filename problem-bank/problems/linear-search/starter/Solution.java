public class Solution {
    public static int linearSearch(int[] arr, int target) {
        // TODO: index of the first element equal to target, or -1
        return -2;
    }
}
