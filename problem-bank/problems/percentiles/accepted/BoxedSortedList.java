import java.util.Arrays;
import java.util.List;

public class Solution {

    public static double[] percentiles(double[] data, double[] q) {
        List<Double> sorted = Arrays.stream(data).boxed().sorted().toList();
        int n = sorted.size();
        return Arrays.stream(q).map(p -> {
            double h = (n - 1) * p / 100.0;
            int lo = (int) Math.floor(h);
            if (lo >= n - 1) {
                return sorted.get(n - 1);
            }
            return sorted.get(lo) + (h - lo) * (sorted.get(lo + 1) - sorted.get(lo));
        }).toArray();
    }
}
