import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class Solution {
    public static String[][] valueCounts(String[] values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String v : values) counts.merge(v, 1, Integer::sum);
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        String[][] out = new String[keys.size()][];
        for (int i = 0; i < out.length; i++) {
            String k = keys.get(i);
            out[i] = new String[] {k, Integer.toString(counts.get(k))};
        }
        return out;
    }
}
