import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {
    public static boolean[] benjaminiHochberg(double[] pValues, double q) {
        int m = pValues.length;
        List<Double> sorted = IntStream.range(0, m).mapToObj(i -> pValues[i])
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.toList());
        int largest = IntStream.rangeClosed(1, m).filter(k -> sorted.get(k - 1) <= k * q / m).max().orElse(0);
        double cutoff = largest == 0 ? -1 : sorted.get(largest - 1);
        boolean[] reject = new boolean[m];
        IntStream.range(0, m).forEach(i -> reject[i] = pValues[i] <= cutoff);
        return reject;
    }
}
