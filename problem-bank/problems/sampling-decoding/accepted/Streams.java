import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {
    public static int[] sampleTokens(double[][] logits, double temperature, int topK, double topP, double[] draws) {
        return IntStream.range(0, logits.length).map(t -> step(logits[t], temperature, topK, topP, draws[t])).toArray();
    }

    private static int step(double[] z, double temperature, int topK, double topP, double u) {
        if (temperature == 0) {
            return IntStream.range(0, z.length).boxed().max(Comparator.comparingDouble((Integer j) -> z[j])
                    .thenComparing(Comparator.reverseOrder())).get();
        }
        double max = Arrays.stream(z).max().getAsDouble();
        double[] e = Arrays.stream(z).map(x -> Math.exp((x - max) / temperature)).toArray();
        double sum = Arrays.stream(e).sum();
        double[] p = Arrays.stream(e).map(x -> x / sum).toArray();
        List<Integer> ranked = IntStream.range(0, z.length).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> p[j]).reversed().thenComparing(Comparator.naturalOrder()))
                .limit(topK > 0 ? topK : z.length)
                .collect(Collectors.toList());
        List<Integer> nucleus = prefix(ranked, p, topP);
        double mass = nucleus.stream().mapToDouble(j -> p[j]).sum();
        double running = 0;
        for (int j : nucleus) {
            running += p[j] / mass;
            if (running > u) return j;
        }
        return nucleus.get(nucleus.size() - 1);
    }

    private static List<Integer> prefix(List<Integer> ranked, double[] p, double topP) {
        double mass = ranked.stream().mapToDouble(j -> p[j]).sum();
        double running = 0;
        for (int r = 0; r < ranked.size(); r++) {
            running += p[ranked.get(r)] / mass;
            if (running >= topP) return ranked.subList(0, r + 1);
        }
        return ranked;
    }
}
