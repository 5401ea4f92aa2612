import java.util.HashMap;
import java.util.Map;

public class Solution {
    public static String[] closestKeys(String[] keys, String[][] lists, String[] queries) {
        // value -> {position, key index}
        Map<String, int[]> best = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            String[] list = lists[i];
            for (int p = 0; p < list.length; p++) {
                int[] cur = best.get(list[p]);
                if (cur == null) {
                    best.put(list[p], new int[] {p, i});
                } else if (p < cur[0]) {
                    cur[0] = p;
                    cur[1] = i;
                }
            }
        }
        String[] out = new String[queries.length];
        for (int j = 0; j < queries.length; j++) {
            int[] hit = best.get(queries[j]);
            out[j] = hit == null ? "" : keys[hit[1]];
        }
        return out;
    }
}
