import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {
    record Beam(List<Integer> tokens, double score) {
        Beam extend(int token, double add) {
            List<Integer> next = new ArrayList<>(tokens);
            next.add(token);
            return new Beam(next, score + add);
        }
    }

    public static int[] beamSearch(double[] startScores, double[][] transitionScores, int length, int beamWidth) {
        int v = startScores.length;
        List<Beam> beams = IntStream.range(0, v).boxed()
                .sorted(Comparator.comparingDouble((Integer t) -> startScores[t]).reversed().thenComparing(Comparator.naturalOrder()))
                .limit(beamWidth)
                .map(t -> new Beam(List.of(t), startScores[t]))
                .collect(Collectors.toList());
        for (int step = 1; step < length; step++) {
            List<Beam> current = beams;
            // Candidate c = parent * v + token keeps the statement's tie order.
            beams = IntStream.range(0, current.size() * v).boxed()
                    .sorted(Comparator.comparingDouble((Integer c) -> score(current, transitionScores, c, v)).reversed()
                            .thenComparing(Comparator.naturalOrder()))
                    .limit(beamWidth)
                    .map(c -> {
                        Beam parent = current.get(c / v);
                        int last = parent.tokens().get(parent.tokens().size() - 1);
                        return parent.extend(c % v, transitionScores[last][c % v]);
                    })
                    .collect(Collectors.toList());
        }
        return beams.get(0).tokens().stream().mapToInt(Integer::intValue).toArray();
    }

    private static double score(List<Beam> beams, double[][] transitionScores, int c, int v) {
        Beam parent = beams.get(c / v);
        int last = parent.tokens().get(parent.tokens().size() - 1);
        return parent.score() + transitionScores[last][c % v];
    }
}
