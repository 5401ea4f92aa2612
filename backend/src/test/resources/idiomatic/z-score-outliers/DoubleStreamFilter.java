import java.util.Arrays;

public class Solution {

    public static double[] removeOutliers(double[] data, double threshold) {
        int n = data.length;
        if (n == 0) {
            return new double[0];
        }
        double sum = 0;
        for (double x : data) {
            sum += x;
        }
        double mean = sum / n;
        double squares = 0;
        for (double x : data) {
            squares += (x - mean) * (x - mean);
        }
        double std = Math.sqrt(squares / n);
        if (std == 0) {
            return data.clone();
        }
        var kept = Arrays.stream(data).filter(x -> Math.abs(x - mean) / std <= threshold).toArray();
        System.out.printf("kept %d of %d (mean %.3f, std %.3f)%n", kept.length, n, mean, std);
        return kept;
    }
}
