import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

public class Solution {
    public static int[] mmr(double[][] docs, double[] query, int k, double lambda) {
        double[][] unit = Arrays.stream(docs).map(Solution::normalised).toArray(double[][]::new);
        double[] q = normalised(query);
        double[] relevance = Arrays.stream(unit).mapToDouble(u -> dot(u, q)).toArray();
        double[] penalty = new double[docs.length];
        List<Integer> order = new ArrayList<>();
        Set<Integer> chosen = new HashSet<>();
        while (order.size() < Math.min(k, docs.length)) {
            boolean first = order.isEmpty();
            int next = IntStream.range(0, docs.length).boxed()
                    .filter(i -> !chosen.contains(i))
                    .max(Comparator.comparingDouble((Integer i) -> lambda * relevance[i] - (1 - lambda) * (first ? 0 : penalty[i]))
                            .thenComparing(Comparator.reverseOrder()))
                    .get();
            order.add(next);
            chosen.add(next);
            IntStream.range(0, docs.length).forEach(i -> {
                double s = dot(unit[i], unit[next]);
                penalty[i] = first ? s : Math.max(penalty[i], s);
            });
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] normalised(double[] v) {
        double norm = Math.sqrt(dot(v, v));
        return Arrays.stream(v).map(x -> norm > 0 ? x / norm : 0).toArray();
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
