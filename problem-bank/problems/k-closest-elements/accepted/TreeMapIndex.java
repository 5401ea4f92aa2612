import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Solution {

    public static int[][] closestWithNeighbors(int[] sorted, int[] queries, int k) {
        TreeMap<Integer, Integer> firstIndex = new TreeMap<>();
        for (int i = sorted.length - 1; i >= 0; i--) {
            firstIndex.put(sorted[i], i);
        }
        List<Integer> values = Arrays.stream(sorted).boxed().toList();
        return Arrays.stream(queries).mapToObj(query -> {
            if (values.isEmpty()) {
                return new int[0];
            }
            Map.Entry<Integer, Integer> below = firstIndex.floorEntry(query);
            Map.Entry<Integer, Integer> above = firstIndex.ceilingEntry(query);
            Map.Entry<Integer, Integer> centre;
            if (below == null) {
                centre = above;
            }
            else if (above == null) {
                centre = below;
            }
            else {
                centre = ((long) query - below.getKey() <= (long) above.getKey() - query) ? below : above;
            }
            int c = centre.getValue();
            int from = Math.max(0, c - k);
            int to = (int) Math.min(values.size() - 1L, (long) c + k);
            return values.subList(from, to + 1).stream().mapToInt(Integer::intValue).toArray();
        }).toArray(int[][]::new);
    }
}
