import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

public class Solution {
    public static int[][] encode(String[] values, boolean dropFirst) {
        int[][] out = new int[values.length][];
        for (int i = 0; i < values.length; i++) {
            List<String> levels = new ArrayList<>(new TreeSet<>(java.util.Arrays.asList(values)));
            int offset = dropFirst ? 1 : 0;
            out[i] = new int[Math.max(0, levels.size() - offset)];
            int col = levels.indexOf(values[i]) - offset;
            if (col >= 0) out[i][col] = 1;
        }
        return out;
    }
}
