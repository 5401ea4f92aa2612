import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {

    record Seats(int label, long base, long remainder) {
    }

    public static int[] stratifiedSplit(int[] labels, int testSize) {
        int n = labels.length;
        if (n == 0 || testSize == 0) {
            return new int[0];
        }
        Map<Integer, List<Integer>> groups = IntStream.range(0, n)
            .boxed()
            .collect(Collectors.groupingBy(i -> labels[i], TreeMap::new, Collectors.toList()));
        List<Seats> seats = groups.entrySet()
            .stream()
            .map(e -> new Seats(e.getKey(), (long) testSize * e.getValue().size() / n, (long) testSize * e.getValue().size() % n))
            .collect(Collectors.toCollection(ArrayList::new));
        long given = seats.stream().mapToLong(Seats::base).sum();
        List<Integer> extra = seats.stream()
            .sorted(Comparator.comparingLong(Seats::remainder).reversed().thenComparingInt(Seats::label))
            .limit(testSize - given)
            .map(Seats::label)
            .toList();
        List<Integer> chosen = new ArrayList<>();
        for (Seats s : seats) {
            List<Integer> rows = groups.get(s.label());
            long t = s.base() + (extra.contains(s.label()) ? 1 : 0);
            for (long q = 0; q < t; q++) {
                chosen.add(rows.get((int) (q * rows.size() / t)));
            }
        }
        return chosen.stream().sorted().mapToInt(Integer::intValue).toArray();
    }
}
