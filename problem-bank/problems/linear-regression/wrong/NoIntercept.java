public class Solution {

    // Solves X^T X w = X^T y without a column of ones: the fit is forced through the origin.
    public static double[] fit(double[][] X, double[] y) {
        int n = X.length;
        int d = X[0].length;
        double[][] m = new double[d][d + 1];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    m[a][b] += X[i][a] * X[i][b];
                }
                m[a][d] += X[i][a] * y[i];
            }
        }
        for (int col = 0; col < d; col++) {
            for (int r = col + 1; r < d; r++) {
                double factor = m[r][col] / m[col][col];
                for (int c = col; c <= d; c++) {
                    m[r][c] -= factor * m[col][c];
                }
            }
        }
        double[] result = new double[d + 1];
        for (int r = d - 1; r >= 0; r--) {
            double sum = m[r][d];
            for (int c = r + 1; c < d; c++) {
                sum -= m[r][c] * result[c + 1];
            }
            result[r + 1] = sum / m[r][r];
        }
        return result;
    }
}
