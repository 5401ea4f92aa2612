import java.util.Arrays;

public class Solution {
    public static double[] removeOutliers(double[] data, double threshold) {
        int n = data.length;
        if (n == 0) return new double[0];
        double sum = 0;
        for (double x : data) sum += x;
        double mean = sum / n;
        double ss = 0;
        for (double x : data) ss += (x - mean) * (x - mean);
        double std = Math.sqrt(ss / n);
        if (std == 0) return data.clone();
        double[] kept = new double[n];
        int m = 0;
        for (double x : data) {
            if (Math.abs(x - mean) / std < threshold) kept[m++] = x;
        }
        return Arrays.copyOf(kept, m);
    }
}
