import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static String[][] valueCounts(String[] values) {
        List<String> keys = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (String v : values) {
            if (keys.contains(v)) continue;
            int c = 0;
            for (String w : values) if (w.equals(v)) c++;
            keys.add(v);
            counts.add(c);
        }
        Integer[] idx = new Integer[keys.size()];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        java.util.Arrays.sort(idx, (a, b) -> {
            int c = Integer.compare(counts.get(b), counts.get(a));
            return c != 0 ? c : keys.get(a).compareTo(keys.get(b));
        });
        String[][] out = new String[idx.length][];
        for (int i = 0; i < idx.length; i++) out[i] = new String[] {keys.get(idx[i]), Integer.toString(counts.get(idx[i]))};
        return out;
    }
}
