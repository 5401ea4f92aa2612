import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

public class Solution {
    public static int[] rrf(int[][] rankings, int k) {
        Map<Integer, Double> score = new HashMap<>();
        for (int[] ranking : rankings) {
            Set<Integer> seen = new HashSet<>();
            for (int pos = 0; pos < ranking.length; pos++) {
                if (seen.add(ranking[pos])) score.merge(ranking[pos], 1.0 / (k + pos + 1), Double::sum);
            }
        }
        return score.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .mapToInt(Map.Entry::getKey)
                .toArray();
    }
}
