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
        int n = X.length, d = X[0].length;
        double[] mx = new double[d];
        double my = 0;
        for (int i = 0; i < n; i++) {
            my += y[i] / n;
            for (int a = 0; a < d; a++) mx[a] += X[i][a] / n;
        }
        double[][] xc = new double[n][d];
        double[] yc = new double[n];
        for (int i = 0; i < n; i++) {
            yc[i] = y[i] - my;
            for (int a = 0; a < d; a++) xc[i][a] = X[i][a] - mx[a];
        }
        double[] w = new double[d];
        if (lambda == 0) {
            // the dual system is singular without a penalty: fall back to the normal equations
            double[][] A = new double[d][d];
            double[] g = new double[d];
            for (int i = 0; i < n; i++)
                for (int a = 0; a < d; a++) {
                    g[a] += xc[i][a] * yc[i];
                    for (int b = 0; b < d; b++) A[a][b] += xc[i][a] * xc[i][b];
                }
            w = solve(A, g);
        } else {
            // dual (kernel) form: w = Xc^T (Xc Xc^T + lambda I)^-1 yc, an n x n system
            double[][] K = new double[n][n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int a = 0; a < d; a++) s += xc[i][a] * xc[j][a];
                    K[i][j] = s + (i == j ? lambda : 0);
                }
            double[] alpha = solve(K, yc);
            for (int i = 0; i < n; i++)
                for (int a = 0; a < d; a++) w[a] += xc[i][a] * alpha[i];
        }
        double[] out = new double[d + 1];
        out[0] = my;
        for (int a = 0; a < d; a++) {
            out[0] -= mx[a] * w[a];
            out[a + 1] = w[a];
        }
        return out;
    }
}
