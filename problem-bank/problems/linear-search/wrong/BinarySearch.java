public class Solution {
    public static int linearSearch(int[] a, int target) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] == target) {
                while (mid > 0 && a[mid - 1] == target) mid--;
                return mid;
            }
            if (a[mid] < target) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }
}
