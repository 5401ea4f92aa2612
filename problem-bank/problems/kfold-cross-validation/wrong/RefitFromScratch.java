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

    public static double[] crossValidateRidge(double[][] X, double[] y, int folds, double[] lambdas) {
        int n = X.length, d = X[0].length, C = lambdas.length;
        int[] start = new int[folds + 1];
        for (int f = 0; f < folds; f++) start[f + 1] = start[f] + n / folds + (f < n % folds ? 1 : 0);
        double[] cv = new double[C];
        for (int c = 0; c < C; c++) {
            for (int f = 0; f < folds; f++) {
                int m = n - (start[f + 1] - start[f]);
                // recomputes the training means and Gram matrix from the rows for every (lambda, fold)
                double[] mx = new double[d];
                double my = 0;
                for (int i = 0; i < n; i++) {
                    if (i >= start[f] && i < start[f + 1]) continue;
                    my += y[i] / m;
                    for (int a = 0; a < d; a++) mx[a] += X[i][a] / m;
                }
                double[][] A = new double[d][d];
                double[] g = new double[d];
                for (int i = 0; i < n; i++) {
                    if (i >= start[f] && i < start[f + 1]) continue;
                    for (int a = 0; a < d; a++) {
                        double xa = X[i][a] - mx[a];
                        g[a] += xa * (y[i] - my);
                        for (int b = 0; b < d; b++) A[a][b] += xa * (X[i][b] - mx[b]);
                    }
                }
                for (int a = 0; a < d; a++) A[a][a] += lambdas[c];
                double[] w = solve(A, g);
                double b0 = my;
                for (int a = 0; a < d; a++) b0 -= mx[a] * w[a];
                double sse = 0;
                for (int i = start[f]; i < start[f + 1]; i++) {
                    double pred = b0;
                    for (int a = 0; a < d; a++) pred += w[a] * X[i][a];
                    sse += (y[i] - pred) * (y[i] - pred);
                }
                cv[c] += sse / (start[f + 1] - start[f]) / folds;
            }
        }
        int best = 0;
        for (int c = 1; c < C; c++) {
            if (cv[c] < cv[best] || (cv[c] == cv[best] && lambdas[c] < lambdas[best])) best = c;
        }
        double[] out = new double[C + 1];
        out[0] = lambdas[best];
        System.arraycopy(cv, 0, out, 1, C);
        return out;
    }
}
