import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

public class Solution {

    public static double[][] impute(double[][] X) {
        if (X.length == 0) {
            return new double[0][];
        }
        int d = X[0].length;
        double[] medians = IntStream.range(0, d).mapToDouble(j -> median(X, j)).toArray();
        return Arrays.stream(X)
            .map(row -> IntStream.range(0, d).mapToDouble(j -> Double.isNaN(row[j]) ? medians[j] : row[j]).toArray())
            .toArray(double[][]::new);
    }

    private static double median(double[][] X, int column) {
        List<Double> present = Arrays.stream(X)
            .map(row -> row[column])
            .filter(v -> !v.isNaN())
            .sorted()
            .toList();
        int m = present.size();
        if (m == 0) {
            return 0.0;
        }
        return (m % 2 == 1) ? present.get(m / 2) : (present.get(m / 2 - 1) + present.get(m / 2)) / 2.0;
    }
}
