import java.util.HashSet;
import java.util.Set;

public class Solution {
    public static int[][] encode(String[] values, boolean dropFirst) {
        int n = values.length;
        boolean[] first = new boolean[n];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) first[i] = seen.add(values[i]);
        int levels = seen.size();
        int offset = dropFirst ? 1 : 0;
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            // the column of a value = how many distinct levels are smaller, found by scanning all rows
            int rank = 0;
            for (int j = 0; j < n; j++) if (first[j] && values[j].compareTo(values[i]) < 0) rank++;
            out[i] = new int[Math.max(0, levels - offset)];
            if (rank - offset >= 0) out[i][rank - offset] = 1;
        }
        return out;
    }
}
