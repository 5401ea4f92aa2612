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
            my += y[i];
            for (int a = 0; a < d; a++) mx[a] += X[i][a];
        }
        my /= n;
        for (int a = 0; a < d; a++) mx[a] /= n;
        // centred normal equations (Xc^T Xc + lambda I) w = Xc^T yc
        double[][] A = new double[d][d];
        double[] g = new double[d];
        double[] xc = new double[d];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) xc[a] = X[i][a] - mx[a];
            double yc = y[i] - my;
            for (int a = 0; a < d; a++) {
                g[a] += xc[a] * yc;
                for (int b = a; b < d; b++) A[a][b] += xc[a] * xc[b];
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < a; b++) A[a][b] = A[b][a];
            A[a][a] += lambda * n;
        }
        double[] w = solve(A, g);
        double[] out = new double[d + 1];
        out[0] = my;
        for (int a = 0; a < d; a++) {
            out[0] -= mx[a] * w[a];
            out[a + 1] = w[a];
        }
        return out;
    }
}
