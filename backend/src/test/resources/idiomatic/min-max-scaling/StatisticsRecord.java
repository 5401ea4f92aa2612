import java.util.Arrays;

public class Solution {

    record Range(double min, double max) {
        double scale(double v) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            return max > min ? (v - min) / (max - min) : 0.0;
        }
    }

    public static double[] scale(double[] data) {
        var range = Arrays.stream(data)
            .filter(v -> !Double.isNaN(v))
            .mapToObj(v -> new Range(v, v))
            .reduce((a, b) -> new Range(Math.min(a.min(), b.min()), Math.max(a.max(), b.max())))
            .orElse(new Range(0, 0));
        System.out.println("range: " + range);
        return Arrays.stream(data).map(range::scale).toArray();
    }
}
