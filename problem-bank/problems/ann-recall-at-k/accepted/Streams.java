import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {
    public static double recallAtK(double[][] base, double[][] queries, int[][] approx, int k) {
        int take = Math.min(k, base.length);
        return IntStream.range(0, queries.length).mapToDouble(q -> {
            double[] dist = Arrays.stream(base).mapToDouble(b -> squaredDistance(b, queries[q])).toArray();
            Set<Integer> exact = IntStream.range(0, base.length).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> dist[i]).thenComparing(Comparator.naturalOrder()))
                    .limit(take)
                    .collect(Collectors.toSet());
            long hits = Arrays.stream(approx[q]).limit(k).distinct().filter(exact::contains).count();
            return (double) hits / take;
        }).average().getAsDouble();
    }

    private static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
        return s;
    }
}
