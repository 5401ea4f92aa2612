public class Solution {

    public static double[] explainedVarianceRatio(double[][] X) {
        int d = X[0].length;
        double[][] a = covariance(X);
        double[][] v = new double[d][d];
        for (int i = 0; i < d; i++) {
            v[i][i] = 1;
        }
        diagonalize(a, v);
        double[] eigenvalues = new double[d];
        double total = 0;
        for (int i = 0; i < d; i++) {
            // Rounding can leave a zero eigenvalue slightly negative.
            eigenvalues[i] = Math.max(0, a[i][i]);
            total += eigenvalues[i];
        }
        java.util.Arrays.sort(eigenvalues);
        double[] ratios = new double[d];
        for (int i = 0; i < d; i++) {
            ratios[i] = (total > 0) ? eigenvalues[d - 1 - i] / total : 0;
        }
        return ratios;
    }

    /** Sample covariance of the columns (centred, divided by n - 1). */
    static double[][] covariance(double[][] X) {
        int n = X.length;
        int d = X[0].length;
        double[] mean = new double[d];
        for (double[] row : X) {
            for (int t = 0; t < d; t++) {
                mean[t] += row[t] / n;
            }
        }
        double[][] cov = new double[d][d];
        double[] centred = new double[d];
        for (double[] row : X) {
            for (int t = 0; t < d; t++) {
                centred[t] = row[t] - mean[t];
            }
            for (int p = 0; p < d; p++) {
                for (int q = p; q < d; q++) {
                    cov[p][q] += centred[p] * centred[q];
                }
            }
        }
        for (int p = 0; p < d; p++) {
            for (int q = p; q < d; q++) {
                cov[p][q] /= (n - 1);
                cov[q][p] = cov[p][q];
            }
        }
        return cov;
    }

    /**
     * Cyclic Jacobi rotations: a becomes diagonal (the eigenvalues), the columns of v the
     * eigenvectors. Symmetric matrices only; converges quadratically.
     */
    static void diagonalize(double[][] a, double[][] v) {
        int d = a.length;
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double all = 0;
            for (int p = 0; p < d; p++) {
                for (int q = 0; q < d; q++) {
                    all += a[p][q] * a[p][q];
                    if (p != q) {
                        off += a[p][q] * a[p][q];
                    }
                }
            }
            if (off <= 1e-30 * all || off == 0) {
                return;
            }
            for (int p = 0; p < d - 1; p++) {
                for (int q = p + 1; q < d; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
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
                    for (int r = 0; r < d; r++) {
                        double vrp = v[r][p];
                        double vrq = v[r][q];
                        v[r][p] = c * vrp - s * vrq;
                        v[r][q] = s * vrp + c * vrq;
                    }
                }
            }
        }
    }
}
