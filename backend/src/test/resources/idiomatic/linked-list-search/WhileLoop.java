public class Solution {

    public static int search(int[] values, int[] next, int head, int target) {
        int position = 0;
        int node = head;
        while (node != -1) {
            if (values[node] == target) {
                return position;
            }
            node = next[node];
            position++;
        }
        return -1;
    }
}
