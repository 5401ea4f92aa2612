import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class Solution {
    public static int[] rrf(int[][] rankings, int k) {
        Map<Integer, Double> score = new LinkedHashMap<>();
        for (int[] ranking : rankings) {
            Map<Integer, Boolean> seen = new LinkedHashMap<>();
            for (int pos = 0; pos < ranking.length; pos++) {
                if (seen.put(ranking[pos], Boolean.TRUE) != null) continue;
                score.merge(ranking[pos], 1.0 / (k + pos + 1), Double::sum);
            }
        }
        List<Integer> docs = new ArrayList<>(score.keySet());
        // List.sort is stable: equal scores keep their first-seen order.
        docs.sort((a, b) -> Double.compare(score.get(b), score.get(a)));
        int[] out = new int[docs.size()];
        for (int i = 0; i < out.length; i++) out[i] = docs.get(i);
        return out;
    }
}
