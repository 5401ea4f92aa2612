public class Solution {

    public static double[] fit(double[][] X, double[] y) {
        int n = X.length;
        int p = X[0].length + 1;
        // Column p-1 is the ones column, so the intercept ends up last.
        double[][] m = new double[p][p + 1];
        double[] row = new double[p];
        for (int i = 0; i < n; i++) {
            System.arraycopy(X[i], 0, row, 0, p - 1);
            row[p - 1] = 1;
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    m[a][b] += row[a] * row[b];
                }
                m[a][p] += row[a] * y[i];
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
}
