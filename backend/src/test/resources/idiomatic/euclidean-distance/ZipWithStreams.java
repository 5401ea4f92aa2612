import java.util.stream.IntStream;

public class Solution {

    public static double distance(double[] a, double[] b) {
        var squared = IntStream.range(0, a.length)
            .mapToDouble(i -> a[i] - b[i])
            .map(diff -> diff * diff)
            .sum();
        return Math.sqrt(squared);
    }
}
