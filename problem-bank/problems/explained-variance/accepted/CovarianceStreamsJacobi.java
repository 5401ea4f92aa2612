import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

public class Solution {

    public static double[] explainedVarianceRatio(double[][] X) {
        int n = X.length;
        int d = X[0].length;
        double[] mean = IntStream.range(0, d)
            .mapToDouble(j -> Arrays.stream(X).mapToDouble(row -> row[j]).average().orElse(0))
            .toArray();
        double[][] cov = new double[d][d];
        for (int p = 0; p < d; p++) {
            for (int q = p; q < d; q++) {
                int pp = p;
                int qq = q;
                double c = Arrays.stream(X).mapToDouble(row -> (row[pp] - mean[pp]) * (row[qq] - mean[qq])).sum() / (n - 1);
                cov[p][q] = c;
                cov[q][p] = c;
            }
        }
        double[] eigenvalues = jacobiEigenvalues(cov);
        double total = Arrays.stream(eigenvalues).map(v -> Math.max(0, v)).sum();
        return Arrays.stream(eigenvalues)
            .map(v -> Math.max(0, v))
            .boxed()
            .sorted(Comparator.reverseOrder())
            .mapToDouble(v -> total > 0 ? v / total : 0)
            .toArray();
    }

    /** Classic Jacobi: rotate away the largest off-diagonal entry until the matrix is diagonal. */
    private static double[] jacobiEigenvalues(double[][] a) {
        int d = a.length;
        for (int step = 0; step < 100 * d * d; step++) {
            int bestP = 0;
            int bestQ = 1;
            double largest = -1;
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    if (Math.abs(a[p][q]) > largest) {
                        largest = Math.abs(a[p][q]);
                        bestP = p;
                        bestQ = q;
                    }
                }
            }
            double scale = IntStream.range(0, d).mapToDouble(i -> Math.abs(a[i][i])).max().orElse(0);
            if (d < 2 || largest <= 1e-15 * Math.max(scale, 1e-300)) {
                break;
            }
            rotate(a, bestP, bestQ);
        }
        return IntStream.range(0, d).mapToDouble(i -> a[i][i]).toArray();
    }

    private static void rotate(double[][] a, int p, int q) {
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = (theta == 0) ? 1 : Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int d = a.length;
        for (int r = 0; r < d; r++) {
            double arp = a[r][p];
            double arq = a[r][q];
            a[r][p] = c * arp - s * arq;
            a[r][q] = s * arp + c * arq;
        }
        for (int r = 0; r < d; r++) {
            double apr = a[p][r];
            double aqr = a[q][r];
            a[p][r] = c * apr - s * aqr;
            a[q][r] = s * apr + c * aqr;
        }
    }
}
