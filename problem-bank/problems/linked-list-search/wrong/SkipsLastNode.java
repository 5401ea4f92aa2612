public class Solution {
    public static int search(int[] values, int[] next, int head, int target) {
        if (head == -1) return -1;
        int pos = 0;
        int cur = head;
        while (next[cur] != -1) {
            if (values[cur] == target) return pos;
            cur = next[cur];
            pos++;
        }
        return -1;
    }
}
