import java.util.Comparator;
import java.util.stream.IntStream;

public class Solution {
    public static int[] topKCosine(double[][] docs, double[] query, int k) {
        double queryNorm = Math.sqrt(dot(query, query));
        double[] score = IntStream.range(0, docs.length).mapToDouble(i -> {
            double norm = Math.sqrt(dot(docs[i], docs[i]));
            return norm == 0 || queryNorm == 0 ? 0 : dot(docs[i], query) / (norm * queryNorm);
        }).toArray();
        return IntStream.range(0, docs.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> score[i]).reversed().thenComparing(Comparator.naturalOrder()))
                .limit(k)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static double dot(double[] a, double[] b) {
        return IntStream.range(0, a.length).mapToDouble(i -> a[i] * b[i]).sum();
    }
}
