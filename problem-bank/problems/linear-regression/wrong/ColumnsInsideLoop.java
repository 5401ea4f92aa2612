public class Solution {

    // Right answer, but copies whole columns inside the innermost loop: O(n^2 d^2).
    // (Into reused buffers, so it is slow without allocating: the verdict is the time limit.)
    public static double[] fit(double[][] X, double[] y) {
        int n = X.length;
        int p = X[0].length + 1;
        double[][] m = new double[p][p + 1];
        double[] first = new double[n];
        double[] second = new double[n];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                for (int i = 0; i < n; i++) {
                    m[a][b] += column(X, a, first)[i] * column(X, b, second)[i];
                }
            }
            for (int i = 0; i < n; i++) {
                m[a][p] += column(X, a, first)[i] * y[i];
            }
        }
        for (int col = 0; col < p; col++) {
            int pivot = col;
            for (int r = col + 1; r < p; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = col + 1; r < p; r++) {
                double factor = m[r][col] / m[col][col];
                for (int c = col; c <= p; c++) {
                    m[r][c] -= factor * m[col][c];
                }
            }
        }
        double[] beta = new double[p];
        for (int r = p - 1; r >= 0; r--) {
            double sum = m[r][p];
            for (int c = r + 1; c < p; c++) {
                sum -= m[r][c] * beta[c];
            }
            beta[r] = sum / m[r][r];
        }
        return beta;
    }

    /** Column j of [1 | X], copied into column. */
    private static double[] column(double[][] X, int j, double[] column) {
        for (int i = 0; i < X.length; i++) {
            column[i] = (j == 0) ? 1 : X[i][j - 1];
        }
        return column;
    }
}
