import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public class Solution {

    record Hit(int position, int key) {
        boolean closerThan(Hit other) {
            return position < other.position || (position == other.position && key < other.key);
        }
    }

    public static String[] closestKeys(String[] keys, String[][] lists, String[] queries) {
        Map<String, Hit> best = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            for (int p = 0; p < lists[i].length; p++) {
                best.merge(lists[i][p], new Hit(p, i), (old, hit) -> hit.closerThan(old) ? hit : old);
            }
        }
        return Arrays.stream(queries)
            .map(q -> best.containsKey(q) ? keys[best.get(q).key()] : "")
            .toArray(String[]::new);
    }
}
