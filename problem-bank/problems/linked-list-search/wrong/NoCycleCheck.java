public class Solution {
    public static int search(int[] values, int[] next, int head, int target) {
        int node = head, position = 0;
        while (node != -1) {
            if (values[node] == target) return position;
            node = next[node];
            position++;
        }
        return -1;
    }
}
