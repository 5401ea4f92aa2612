import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

public class Solution {

    public static double[] boxPlot(double[] data) {
        List<Double> sorted = Arrays.stream(data).boxed().sorted().toList();
        double q1 = quantile(sorted, 0.25);
        double median = quantile(sorted, 0.5);
        double q3 = quantile(sorted, 0.75);
        double iqr = q3 - q1;
        double low = q1 - 1.5 * iqr;
        double high = q3 + 1.5 * iqr;
        List<Double> inside = sorted.stream().filter(v -> v >= low && v <= high).toList();
        List<Double> result = new ArrayList<>(List.of(inside.get(0), q1, median, q3, inside.get(inside.size() - 1)));
        Stream.concat(sorted.stream().filter(v -> v < low), sorted.stream().filter(v -> v > high)).forEach(result::add);
        return result.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double quantile(List<Double> sorted, double p) {
        double h = p * (sorted.size() - 1);
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.size() - 1);
        return sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
    }
}
