import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {
    record QueryMetrics(double ndcg, double rr, double ap) {
    }

    public static double[] rankingMetrics(int[][] ranked, int[][] relevant, int k) {
        List<QueryMetrics> perQuery = IntStream.range(0, ranked.length)
                .filter(q -> relevant[q].length > 0)
                .mapToObj(q -> evaluate(ranked[q], relevant[q], k))
                .collect(Collectors.toList());
        if (perQuery.isEmpty()) return new double[3];
        return new double[] {
                perQuery.stream().mapToDouble(QueryMetrics::ndcg).average().getAsDouble(),
                perQuery.stream().mapToDouble(QueryMetrics::rr).average().getAsDouble(),
                perQuery.stream().mapToDouble(QueryMetrics::ap).average().getAsDouble() };
    }

    private static QueryMetrics evaluate(int[] list, int[] relevantIds, int k) {
        Set<Integer> relevant = Arrays.stream(relevantIds).boxed().collect(Collectors.toSet());
        Set<Integer> seen = new HashSet<>();
        double dcg = 0, precisionSum = 0, rr = 0;
        int hits = 0;
        for (int i = 0; i < Math.min(k, list.length); i++) {
            if (!seen.add(list[i]) || !relevant.contains(list[i])) continue;
            hits++;
            dcg += 1 / (Math.log(i + 2) / Math.log(2));
            precisionSum += (double) hits / (i + 1);
            if (rr == 0) rr = 1.0 / (i + 1);
        }
        int ideal = Math.min(relevant.size(), k);
        double idcg = IntStream.range(0, ideal).mapToDouble(i -> 1 / (Math.log(i + 2) / Math.log(2))).sum();
        return new QueryMetrics(dcg / idcg, rr, precisionSum / ideal);
    }
}
