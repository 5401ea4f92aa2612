public class Solution {
    public static int linearSearch(int[] arr, int target) {
        if (arr[0] == target) return 0;
        for (int i = 1; i < arr.length; i++) if (arr[i] == target) return i;
        return -1;
    }
}
