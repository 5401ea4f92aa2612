import java.util.Arrays;

public class Solution {
    public static double rainyDaysMedian(double[] precipitation) {
        double[] rainy = new double[precipitation.length];
        int m = 0;
        for (double p : precipitation) if (!Double.isNaN(p)) rainy[m++] = p;
        if (m == 0) return 0.0;
        Arrays.sort(rainy, 0, m);
        return (m % 2 == 1) ? rainy[m / 2] : (rainy[m / 2 - 1] + rainy[m / 2]) / 2.0;
    }
}
