public class Solution {
    public static int search(int[] values, int[] next, int head, int target) {
        // ignores the links and searches the storage order
        if (head == -1) return -1;
        for (int i = 0; i < values.length; i++) if (values[i] == target) return i;
        return -1;
    }
}
