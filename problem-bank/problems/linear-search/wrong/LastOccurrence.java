public class Solution {
    public static int linearSearch(int[] a, int target) {
        int found = -1;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == target) found = i;
        }
        return found;
    }
}
