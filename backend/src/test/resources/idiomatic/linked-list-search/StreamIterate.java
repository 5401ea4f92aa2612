import java.util.stream.Stream;

public class Solution {

    record Cursor(int node, int position) {
    }

    public static int search(int[] values, int[] next, int head, int target) {
        return Stream.iterate(new Cursor(head, 0), c -> c.node() != -1, c -> new Cursor(next[c.node()], c.position() + 1))
            .filter(c -> values[c.node()] == target)
            .map(Cursor::position)
            .findFirst()
            .orElse(-1);
    }
}
