import java.util.Arrays;
import java.util.stream.IntStream;

public class Solution {

    public static double[] fit(double[][] X, double[] y, double lambda) {
        int d = X[0].length;
        double[] mx = IntStream.range(0, d).mapToDouble(a -> Arrays.stream(X).mapToDouble(r -> r[a]).average().orElse(0)).toArray();
        double my = Arrays.stream(y).average().orElse(0);
        double[][] xc = Arrays.stream(X)
            .map(r -> IntStream.range(0, d).mapToDouble(a -> r[a] - mx[a]).toArray())
            .toArray(double[][]::new);
        double[][] system = new double[d][d + 1];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                int aa = a;
                int bb = b;
                system[a][b] = Arrays.stream(xc).mapToDouble(r -> r[aa] * r[bb]).sum() + (a == b ? lambda : 0);
            }
            int aa = a;
            system[a][d] = IntStream.range(0, xc.length).mapToDouble(i -> xc[i][aa] * (y[i] - my)).sum();
        }
        double[] w = gauss(system);
        double[] out = new double[d + 1];
        out[0] = my - IntStream.range(0, d).mapToDouble(a -> mx[a] * w[a]).sum();
        System.arraycopy(w, 0, out, 1, d);
        return out;
    }

    private static double[] gauss(double[][] m) {
        int d = m.length;
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int r = col + 1; r < d; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = col + 1; r < d; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= d; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] w = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double s = m[i][d];
            for (int c = i + 1; c < d; c++) {
                s -= m[i][c] * w[c];
            }
            w[i] = s / m[i][i];
        }
        return w;
    }
}
