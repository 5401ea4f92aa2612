public class Solution {
    public static int linearSearch(int[] arr, int target) {
        int found = -1;
        for (int i = 0; i < arr.length; i++) if (arr[i] == target) found = i;
        return found;
    }
}
