import java.util.Arrays;

public class Solution {
    public static double[][] mlpGradients(double[][] X, int[] y, double[][] W1, double[] b1, double[][] W2, double[] b2) {
        int n = X.length, d = W1[0].length, h = W1.length, c = W2.length;
        double[][] dW1 = new double[h][d], dW2 = new double[c][h];
        double[] db1 = new double[h], db2 = new double[c];
        double[] pre = new double[h], act = new double[h], p = new double[c], dAct = new double[h];
        for (int s = 0; s < n; s++) {
            double[] x = X[s];
            for (int j = 0; j < h; j++) {
                double a = b1[j];
                for (int i = 0; i < d; i++) a += W1[j][i] * x[i];
                pre[j] = a;
                act[j] = Math.max(0, a);
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < c; k++) {
                double z = b2[k];
                for (int j = 0; j < h; j++) z += W2[k][j] * act[j];
                p[k] = z;
                max = Math.max(max, z);
            }
            double sum = 0;
            for (int k = 0; k < c; k++) {
                p[k] = Math.exp(p[k] - max);
                sum += p[k];
            }
            // dLoss/dlogits = (softmax - onehot) / n for the mean cross-entropy.
            Arrays.fill(dAct, 0);
            for (int k = 0; k < c; k++) {
                double g = (p[k] / sum - (k == y[s] ? 1 : 0)) / n;
                db2[k] += g;
                for (int j = 0; j < h; j++) {
                    dW2[k][j] += g * act[j];
                    dAct[j] += g * W2[k][j] * act[j];
                }
            }
            for (int j = 0; j < h; j++) {
                double g = pre[j] > 0 ? dAct[j] : 0;
                db1[j] += g;
                for (int i = 0; i < d; i++) dW1[j][i] += g * x[i];
            }
        }
        double[][] out = new double[h + 1 + c + 1][];
        for (int j = 0; j < h; j++) out[j] = dW1[j];
        out[h] = db1;
        for (int k = 0; k < c; k++) out[h + 1 + k] = dW2[k];
        out[h + 1 + c] = db2;
        return out;
    }
}
