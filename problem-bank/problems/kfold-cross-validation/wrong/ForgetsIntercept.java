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
        // sufficient statistics per fold and in total
        double[][] sx = new double[folds + 1][d], sxy = new double[folds + 1][d];
        double[] sy = new double[folds + 1];
        double[][][] sxx = new double[folds + 1][d][d];
        for (int f = 0; f < folds; f++) {
            for (int i = start[f]; i < start[f + 1]; i++) {
                double[] x = X[i];
                sy[f] += y[i];
                for (int a = 0; a < d; a++) {
                    sx[f][a] += x[a];
                    sxy[f][a] += x[a] * y[i];
                    for (int b = a; b < d; b++) sxx[f][a][b] += x[a] * x[b];
                }
            }
            sy[folds] += sy[f];
            for (int a = 0; a < d; a++) {
                sx[folds][a] += sx[f][a];
                sxy[folds][a] += sxy[f][a];
                for (int b = a; b < d; b++) sxx[folds][a][b] += sxx[f][a][b];
            }
        }
        double[] cv = new double[C];
        for (int f = 0; f < folds; f++) {
            int m = n - (start[f + 1] - start[f]);
            double[] mx = new double[d];
            double my = 0;
            // centred Gram matrix and moment vector of the training part
            double[][] G = new double[d][d];
            double[] g = new double[d];
            for (int a = 0; a < d; a++) {
                g[a] = (sxy[folds][a] - sxy[f][a]) - m * mx[a] * my;
                for (int b = a; b < d; b++) {
                    G[a][b] = (sxx[folds][a][b] - sxx[f][a][b]) - m * mx[a] * mx[b];
                    G[b][a] = G[a][b];
                }
            }
            for (int c = 0; c < C; c++) {
                double[][] A = new double[d][];
                for (int a = 0; a < d; a++) {
                    A[a] = G[a].clone();
                    A[a][a] += lambdas[c];
                }
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
