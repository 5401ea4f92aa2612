import java.util.Arrays;
import java.util.List;

public class Solution {

    public static double rainyDaysMedian(double[] precipitation) {
        List<Double> rainy = Arrays.stream(precipitation).filter(p -> p > 0).boxed().sorted().toList();
        int m = rainy.size();
        if (m == 0) {
            return 0.0;
        }
        return (m % 2 == 1) ? rainy.get(m / 2) : (rainy.get(m / 2 - 1) + rainy.get(m / 2)) / 2.0;
    }
}
