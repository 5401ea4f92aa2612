import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

public class Solution {

    public static int[][] encode(String[] values, boolean dropFirst) {
        List<String> levels = Arrays.stream(values).distinct().sorted().collect(Collectors.toList());
        List<String> columns = dropFirst && !levels.isEmpty() ? levels.subList(1, levels.size()) : levels;
        Map<String, Integer> position = columns.stream()
            .collect(Collectors.toMap(Function.identity(), columns::indexOf));
        return Arrays.stream(values).map(v -> {
            int[] row = new int[columns.size()];
            Integer col = position.get(v);
            if (col != null) {
                row[col] = 1;
            }
            return row;
        }).toArray(int[][]::new);
    }
}
