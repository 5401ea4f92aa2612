import java.util.Arrays;
import java.util.DoubleSummaryStatistics;

public class Solution {

    public static double[] scale(double[] data) {
        DoubleSummaryStatistics stats = Arrays.stream(data)
            .filter(v -> !Double.isNaN(v))
            .boxed()
            .mapToDouble(Double::doubleValue)
            .summaryStatistics();
        double min = stats.getMin();
        double range = stats.getMax() - min;
        return Arrays.stream(data)
            .map(v -> Double.isNaN(v) ? Double.NaN : (range > 0 ? (v - min) / range : 0.0))
            .toArray();
    }
}
