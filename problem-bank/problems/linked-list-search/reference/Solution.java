public class Solution {
    public static int search(int[] values, int[] next, int head, int target) {
        boolean[] visited = new boolean[values.length];
        int node = head, position = 0;
        while (node != -1 && !visited[node]) {
            if (values[node] == target) return position;
            visited[node] = true;
            node = next[node];
            position++;
        }
        return -1;
    }
}
