public class Solution {
    public static int search(int[] values, int[] next, int head, int target) {
        int pos = 0;
        for (int cur = head; cur != -1; cur = next[cur]) {
            if (values[cur] == target) return pos;
            pos++;
        }
        return -1;
    }
}
