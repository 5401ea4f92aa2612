import java.util.HashMap;
import java.util.Map;

public class Solution {
    public static int[][] encode(String[] values, boolean dropFirst) {
        Map<String, Integer> index = new HashMap<>();
        for (String v : values) index.putIfAbsent(v, index.size());
        int offset = dropFirst ? 1 : 0;
        int width = Math.max(0, index.size() - offset);
        int[][] out = new int[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = new int[width];
            int col = index.get(values[i]) - offset;
            if (col >= 0) out[i][col] = 1;
        }
        return out;
    }
}
