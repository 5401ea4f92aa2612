import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

public class Solution {

    record EigenPair(double value, double[] vector) {
    }

    public static double[][] principalComponents(double[][] X, int k) {
        int n = X.length;
        int d = X[0].length;
        double[] mean = IntStream.range(0, d).mapToDouble(j -> Arrays.stream(X).mapToDouble(r -> r[j]).average().orElse(0)).toArray();
        double[][] a = new double[d][d];
        for (int p = 0; p < d; p++) {
            for (int q = p; q < d; q++) {
                int pp = p;
                int qq = q;
                a[p][q] = Arrays.stream(X).mapToDouble(r -> (r[pp] - mean[pp]) * (r[qq] - mean[qq])).sum() / (n - 1);
                a[q][p] = a[p][q];
            }
        }
        double[][] v = new double[d][d];
        for (int i = 0; i < d; i++) {
            v[i][i] = 1;
        }
        jacobi(a, v);
        List<EigenPair> pairs = IntStream.range(0, d)
            .mapToObj(i -> new EigenPair(a[i][i], IntStream.range(0, d).mapToDouble(t -> v[t][i]).toArray()))
            .sorted(Comparator.comparingDouble(EigenPair::value).reversed())
            .toList();
        return pairs.stream().limit(k).map(EigenPair::vector).toArray(double[][]::new);
    }

    /** Cyclic Jacobi sweeps until the off-diagonal part vanishes; v collects the rotations. */
    private static void jacobi(double[][] a, double[][] v) {
        int d = a.length;
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double total = 0;
            for (int p = 0; p < d; p++) {
                for (int q = 0; q < d; q++) {
                    total += a[p][q] * a[p][q];
                    off += (p != q) ? a[p][q] * a[p][q] : 0;
                }
            }
            if (off == 0 || off <= 1e-30 * total) {
                return;
            }
            for (int p = 0; p < d - 1; p++) {
                for (int q = p + 1; q < d; q++) {
                    if (a[p][q] != 0) {
                        rotate(a, v, p, q);
                    }
                }
            }
        }
    }

    private static void rotate(double[][] a, double[][] v, int p, int q) {
        int d = a.length;
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = (theta == 0) ? 1 : Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int r = 0; r < d; r++) {
            double x = a[r][p];
            double y = a[r][q];
            a[r][p] = c * x - s * y;
            a[r][q] = s * x + c * y;
        }
        for (int r = 0; r < d; r++) {
            double x = a[p][r];
            double y = a[q][r];
            a[p][r] = c * x - s * y;
            a[q][r] = s * x + c * y;
        }
        for (int r = 0; r < d; r++) {
            double x = v[r][p];
            double y = v[r][q];
            v[r][p] = c * x - s * y;
            v[r][q] = s * x + c * y;
        }
    }
}
