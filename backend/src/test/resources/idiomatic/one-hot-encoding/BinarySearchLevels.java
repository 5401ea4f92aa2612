import java.util.Arrays;

public class Solution {

    public static int[][] encode(String[] values, boolean dropFirst) {
        String[] levels = Arrays.stream(values).distinct().sorted().toArray(String[]::new);
        int offset = dropFirst ? 1 : 0;
        int width = Math.max(0, levels.length - offset);
        return Arrays.stream(values).map(v -> {
            int[] row = new int[width];
            int col = Arrays.binarySearch(levels, v) - offset;
            if (col >= 0) {
                row[col] = 1;
            }
            return row;
        }).toArray(int[][]::new);
    }
}
