public class Solution {
    public static int search(int[] values, int[] next, int head, int target) {
        // TODO: walk from head following next[] and return the position of the first node holding target
        return -2;
    }
}
