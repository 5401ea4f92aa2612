import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {

    public static double[] targetEncode(String[] categories, double[] target, double smoothing) {
        if (categories.length == 0) {
            return new double[0];
        }
        double prior = Arrays.stream(target).average().getAsDouble();
        Map<String, DoubleSummaryStatistics> byCategory = IntStream.range(0, categories.length)
            .boxed()
            .collect(Collectors.groupingBy(i -> categories[i], Collectors.summarizingDouble(i -> target[i])));
        byCategory.forEach((category, s) -> System.out.println(
                String.format("%-4s n=%5d mean=%.4f", category, s.getCount(), s.getAverage())));
        return Arrays.stream(categories)
            .map(byCategory::get)
            .mapToDouble(s -> (s.getSum() + smoothing * prior) / (s.getCount() + smoothing))
            .toArray();
    }
}
