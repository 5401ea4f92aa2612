import java.util.*;

public class Solution {

    public static int[][] encode(String[] values, boolean dropFirst) {
        var levels = new ArrayList<>(new TreeSet<>(Arrays.asList(values)));
        if (dropFirst && !levels.isEmpty()) {
            levels.remove(0);
        }
        var column = new HashMap<String, Integer>();
        for (int i = 0; i < levels.size(); i++) {
            column.put(levels.get(i), i);
        }
        System.out.println("columns: " + levels);
        var out = new int[values.length][levels.size()];
        for (int i = 0; i < values.length; i++) {
            var row = out[i];
            Optional.ofNullable(column.get(values[i])).ifPresent(c -> row[c] = 1);
        }
        return out;
    }
}
