import java.util.ArrayList;
import java.util.List;

public class Solution {

    public static int search(int[] values, int[] next, int head, int target) {
        List<Integer> inOrder = new ArrayList<>();
        for (int cur = head; cur != -1; cur = next[cur]) {
            inOrder.add(values[cur]);
        }
        return inOrder.indexOf(target);
    }
}
