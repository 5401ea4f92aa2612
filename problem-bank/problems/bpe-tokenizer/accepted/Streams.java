import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

public class Solution {
    record Pair(String left, String right) {
    }

    public static String[] bpeEncode(String[] corpus, int merges, String word) {
        Map<List<String>, Long> words = Arrays.stream(corpus)
                .collect(Collectors.groupingBy(Solution::characters, Collectors.counting()));
        Comparator<Map.Entry<Pair, Long>> better = Comparator.<Map.Entry<Pair, Long>>comparingLong(Map.Entry::getValue)
                .reversed()
                .thenComparing(e -> e.getKey().left())
                .thenComparing(e -> e.getKey().right());
        List<Pair> learned = new ArrayList<>();
        for (int round = 0; round < merges; round++) {
            Map<Pair, Long> counts = new HashMap<>();
            words.forEach((symbols, n) -> {
                for (int i = 0; i + 1 < symbols.size(); i++) counts.merge(new Pair(symbols.get(i), symbols.get(i + 1)), n, Long::sum);
            });
            Optional<Pair> best = counts.entrySet().stream().sorted(better).map(Map.Entry::getKey).findFirst();
            if (best.isEmpty()) break;
            Pair pair = best.get();
            learned.add(pair);
            words = words.entrySet().stream()
                    .collect(Collectors.toMap(e -> merge(e.getKey(), pair), Map.Entry::getValue, Long::sum));
        }
        List<String> symbols = characters(word);
        for (Pair pair : learned) symbols = merge(symbols, pair);
        return symbols.toArray(String[]::new);
    }

    private static List<String> characters(String word) {
        return word.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.toList());
    }

    private static List<String> merge(List<String> symbols, Pair pair) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < symbols.size();) {
            if (i + 1 < symbols.size() && symbols.get(i).equals(pair.left()) && symbols.get(i + 1).equals(pair.right())) {
                out.add(pair.left() + pair.right());
                i += 2;
            } else {
                out.add(symbols.get(i++));
            }
        }
        return out;
    }
}
