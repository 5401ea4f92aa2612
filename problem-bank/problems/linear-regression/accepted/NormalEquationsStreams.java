import java.util.Arrays;
import java.util.stream.IntStream;

public class Solution {

    public static double[] fit(double[][] X, double[] y) {
        int n = X.length;
        int d = X[0].length;
        double[] xMean = IntStream.range(0, d).mapToDouble(j -> Arrays.stream(X).mapToDouble(r -> r[j]).average().orElse(0)).toArray();
        double yMean = Arrays.stream(y).average().orElse(0);
        double[][] centred = Arrays.stream(X)
            .map(r -> IntStream.range(0, d).mapToDouble(j -> r[j] - xMean[j]).toArray())
            .toArray(double[][]::new);
        double[][] system = new double[d][d + 1];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                int aa = a;
                int bb = b;
                system[a][b] = Arrays.stream(centred).mapToDouble(r -> r[aa] * r[bb]).sum();
            }
            int aa = a;
            system[a][d] = IntStream.range(0, n).mapToDouble(i -> centred[i][aa] * (y[i] - yMean)).sum();
        }
        double[] w = solve(system, d);
        double[] coefficients = new double[d + 1];
        coefficients[0] = yMean - IntStream.range(0, d).mapToDouble(j -> w[j] * xMean[j]).sum();
        System.arraycopy(w, 0, coefficients, 1, d);
        return coefficients;
    }

    private static double[] solve(double[][] m, int d) {
        for (int col = 0; col < d; col++) {
            int c0 = col;
            int pivot = IntStream.range(col, d).boxed().max((r, s) -> Double.compare(Math.abs(m[r][c0]), Math.abs(m[s][c0]))).get();
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = col + 1; r < d; r++) {
                double factor = m[r][col] / m[col][col];
                for (int c = col; c <= d; c++) {
                    m[r][c] -= factor * m[col][c];
                }
            }
        }
        double[] x = new double[d];
        for (int r = d - 1; r >= 0; r--) {
            double sum = m[r][d];
            for (int c = r + 1; c < d; c++) {
                sum -= m[r][c] * x[c];
            }
            x[r] = sum / m[r][r];
        }
        return x;
    }
}
