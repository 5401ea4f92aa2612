import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

public class Solution {
    public static int[][] encode(String[] values, boolean dropFirst) {
        TreeSet<String> levels = new TreeSet<>();
        for (String v : values) levels.add(v);
        Map<String, Integer> index = new HashMap<>();
        for (String level : levels) index.put(level, index.size());
        int offset = dropFirst ? 1 : 0;
        int width = Math.max(0, levels.size() - offset);
        int[][] out = new int[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = new int[width];
            int col = index.get(values[i]) - offset;
            if (col >= 0) out[i][col] = 1;
        }
        return out;
    }
}
