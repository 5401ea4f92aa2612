public class Solution {

    public static double[] fit(double[][] X, double[] y) {
        int n = X.length;
        int d = X[0].length;
        double[] xMean = new double[d];
        double yMean = 0;
        for (int i = 0; i < n; i++) {
            yMean += y[i];
            for (int j = 0; j < d; j++) {
                xMean[j] += X[i][j];
            }
        }
        yMean /= n;
        for (int j = 0; j < d; j++) {
            xMean[j] /= n;
        }
        // Normal equations on centred data, augmented with the right-hand side in column d.
        double[][] system = new double[d][d + 1];
        double[] row = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                row[j] = X[i][j] - xMean[j];
            }
            double target = y[i] - yMean;
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    system[a][b] += row[a] * row[b];
                }
                system[a][d] += row[a] * target;
            }
        }
        double[] w = solve(system, d);
        double[] coefficients = new double[d + 1];
        coefficients[0] = yMean;
        for (int j = 0; j < d; j++) {
            coefficients[j + 1] = w[j];
            coefficients[0] -= w[j] * xMean[j];
        }
        return coefficients;
    }

    /** Gaussian elimination with partial pivoting on an augmented d x (d+1) matrix. */
    private static double[] solve(double[][] m, int d) {
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int r = col + 1; r < d; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
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
