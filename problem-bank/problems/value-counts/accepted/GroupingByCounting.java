import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

public class Solution {

    public static String[][] valueCounts(String[] values) {
        Map<String, Long> counts = Arrays.stream(values)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet()
            .stream()
            .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
            .map(e -> new String[] { e.getKey(), String.valueOf(e.getValue()) })
            .toArray(String[][]::new);
    }
}
