public class Solution {
    public static int search(int[] values, int[] next, int head, int target) {
        // TODO: follow next[] from head; return the position of the first node holding target, or -1
        return -2;
    }
}
