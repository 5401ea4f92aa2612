import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class Solution {

    public static double[][] impute(double[][] X) {
        int n = X.length;
        if (n == 0) {
            return new double[0][];
        }
        int d = X[0].length;
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = X[i].clone();
        }
        for (int j = 0; j < d; j++) {
            List<Double> column = new ArrayList<>();
            for (double[] row : X) {
                if (!Double.isNaN(row[j])) {
                    column.add(row[j]);
                }
            }
            Collections.sort(column);
            int m = column.size();
            double median = m == 0 ? 0.0 : m % 2 == 1 ? column.get(m / 2) : (column.get(m / 2 - 1) + column.get(m / 2)) / 2.0;
            System.out.println("column " + j + ": " + (n - m) + " missing, median " + median);
            for (double[] row : out) {
                if (Double.isNaN(row[j])) {
                    row[j] = median;
                }
            }
        }
        return out;
    }
}
