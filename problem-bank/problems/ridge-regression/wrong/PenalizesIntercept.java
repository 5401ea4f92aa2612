public class Solution {
    /** Solves A w = g for a symmetric positive definite A (Gaussian elimination, partial pivoting). */
    static double[] solve(double[][] A, double[] g) {
        int d = g.length;
        double[][] M = new double[d][d + 1];
        for (int i = 0; i < d; i++) {
            System.arraycopy(A[i], 0, M[i], 0, d);
            M[i][d] = g[i];
        }
        for (int col = 0; col < d; col++) {
            int piv = col;
            for (int r = col + 1; r < d; r++) if (Math.abs(M[r][col]) > Math.abs(M[piv][col])) piv = r;
            double[] t = M[col]; M[col] = M[piv]; M[piv] = t;
            for (int r = col + 1; r < d; r++) {
                double factor = M[r][col] / M[col][col];
                for (int c = col; c <= d; c++) M[r][c] -= factor * M[col][c];
            }
        }
        double[] w = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double s = M[i][d];
            for (int c = i + 1; c < d; c++) s -= M[i][c] * w[c];
            w[i] = s / M[i][i];
        }
        return w;
    }

    public static double[] fit(double[][] X, double[] y, double lambda) {
        // appends a column of ones and penalises it like any other weight
        int n = X.length, d = X[0].length + 1;
        double[][] A = new double[d][d];
        double[] g = new double[d];
        double[] x = new double[d];
        for (int i = 0; i < n; i++) {
            x[0] = 1;
            System.arraycopy(X[i], 0, x, 1, d - 1);
            for (int a = 0; a < d; a++) {
                g[a] += x[a] * y[i];
                for (int b = 0; b < d; b++) A[a][b] += x[a] * x[b];
            }
        }
        for (int a = 0; a < d; a++) A[a][a] += lambda;
        return solve(A, g);
    }
}
