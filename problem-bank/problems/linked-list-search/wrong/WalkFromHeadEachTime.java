public class Solution {
    public static int search(int[] values, int[] next, int head, int target) {
        int length = 0;
        for (int cur = head; cur != -1; cur = next[cur]) length++;
        for (int i = 0; i < length; i++) {
            if (values[nodeAt(next, head, i)] == target) return i;
        }
        return -1;
    }

    private static int nodeAt(int[] next, int head, int i) {
        int cur = head;
        for (int step = 0; step < i; step++) cur = next[cur];
        return cur;
    }
}
