import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {

    public static double distance(double[] a, double[] b) {
        List<Double> squares = IntStream.range(0, a.length)
            .mapToObj(i -> a[i] - b[i])
            .map(diff -> diff * diff)
            .collect(Collectors.toList());
        double sum = 0;
        for (Double square : squares) {
            sum += square;
        }
        return Math.sqrt(sum);
    }
}
