import java.util.Arrays;
import java.util.stream.DoubleStream;

public class Solution {

    public static double[] boxPlot(double[] data) {
        double[] s = Arrays.stream(data).sorted().toArray();
        double q1 = quantile(s, 0.25);
        double median = quantile(s, 0.5);
        double q3 = quantile(s, 0.75);
        double low = q1 - 1.5 * (q3 - q1);
        double high = q3 + 1.5 * (q3 - q1);
        double[] inside = Arrays.stream(s).filter(v -> v >= low && v <= high).toArray();
        double[] outliers = DoubleStream.concat(Arrays.stream(s).filter(v -> v < low), Arrays.stream(s).filter(v -> v > high)).toArray();
        System.out.print("""
                box plot
                  whiskers: %s .. %s
                  quartiles: %s / %s / %s
                  outliers: %d
                """.formatted(inside[0], inside[inside.length - 1], q1, median, q3, outliers.length));
        return DoubleStream.concat(DoubleStream.of(inside[0], q1, median, q3, inside[inside.length - 1]), Arrays.stream(outliers)).toArray();
    }

    private static double quantile(double[] s, double p) {
        double h = p * (s.length - 1);
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }
}
