import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

public class Solution {
    public static int[][] encode(String[] values, boolean dropFirst) {
        TreeSet<String> levels = new TreeSet<>();
        for (String v : values) levels.add(v);
        Map<String, Integer> index = new HashMap<>();
        for (String level : levels) index.put(level, index.size());
        int width = dropFirst ? Math.max(0, levels.size() - 1) : levels.size();
        int[][] out = new int[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = new int[width];
            int col = index.get(values[i]);
            if (col < width) out[i][col] = 1;
        }
        return out;
    }
}
