import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Solution {

    public static String[][] valueCounts(String[] values) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String v : values) {
            counts.put(v, counts.getOrDefault(v, 0) + 1);
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        // TreeMap order is by value, and the sort is stable: equal counts stay in value order.
        Collections.sort(entries, (a, b) -> b.getValue() - a.getValue());
        String[][] out = new String[entries.size()][2];
        int i = 0;
        for (Map.Entry<String, Integer> e : entries) {
            out[i][0] = e.getKey();
            out[i][1] = String.format("%d", e.getValue());
            i++;
        }
        return out;
    }
}
