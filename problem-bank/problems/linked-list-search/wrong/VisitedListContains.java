import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static int search(int[] values, int[] next, int head, int target) {
        List<Integer> visited = new ArrayList<>();
        int node = head, position = 0;
        while (node != -1 && !visited.contains(node)) {
            if (values[node] == target) return position;
            visited.add(node);
            node = next[node];
            position++;
        }
        return -1;
    }
}
