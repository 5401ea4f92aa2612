import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {

    record Pair(int actual, int predicted) {
    }

    public static int[][] confusionMatrix(int[] actual, int[] predicted, int numClasses) {
        Map<Pair, Long> counts = IntStream.range(0, actual.length)
            .mapToObj(i -> new Pair(actual[i], predicted[i]))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        int[][] matrix = new int[numClasses][numClasses];
        counts.forEach((pair, count) -> matrix[pair.actual()][pair.predicted()] = count.intValue());
        return matrix;
    }
}
