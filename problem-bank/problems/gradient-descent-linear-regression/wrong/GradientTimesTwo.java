public class Solution {
    public static double[] gradientDescent(double[][] X, double[] y, double learningRate, int iterations) {
        int n = X.length, d = n == 0 ? 0 : X[0].length;
        double b = 0;
        double[] w = new double[d];
        double[] residual = new double[n];
        double[] gradW = new double[d];
        for (int it = 0; it < iterations && n > 0; it++) {
            double gradB = 0;
            java.util.Arrays.fill(gradW, 0);
            for (int i = 0; i < n; i++) {
                double pred = b;
                for (int j = 0; j < d; j++) pred += w[j] * X[i][j];
                residual[i] = pred - y[i];
            }
            for (int i = 0; i < n; i++) {
                gradB += residual[i];
                for (int j = 0; j < d; j++) gradW[j] += residual[i] * X[i][j];
            }
            b -= 2 * learningRate * gradB / n;
            for (int j = 0; j < d; j++) w[j] -= 2 * learningRate * gradW[j] / n;
        }
        double[] out = new double[d + 1];
        out[0] = b;
        System.arraycopy(w, 0, out, 1, d);
        return out;
    }
}
