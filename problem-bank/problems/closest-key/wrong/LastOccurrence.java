import java.util.HashMap;
import java.util.Map;

public class Solution {
    public static String[] closestKeys(String[] keys, String[][] lists, String[] queries) {
        String[] out = new String[queries.length];
        // per key: value -> last position seen
        Map<String, int[]> best = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            Map<String, Integer> pos = new HashMap<>();
            for (int p = 0; p < lists[i].length; p++) pos.put(lists[i][p], p);
            for (Map.Entry<String, Integer> e : pos.entrySet()) {
                int[] cur = best.get(e.getKey());
                if (cur == null || e.getValue() < cur[0]) best.put(e.getKey(), new int[] {e.getValue(), i});
            }
        }
        for (int j = 0; j < queries.length; j++) {
            int[] hit = best.get(queries[j]);
            out[j] = hit == null ? "" : keys[hit[1]];
        }
        return out;
    }
}
