public class Solution {
    public static int search(int[] values, int[] next, int head, int target) {
        boolean[] visited = new boolean[values.length];
        int node = head;
        while (node != -1 && !visited[node]) {
            if (values[node] == target) return node;
            visited[node] = true;
            node = next[node];
        }
        return -1;
    }
}
