public class Solution {
    static double predict(double b, double[] w, double[] x) {
        double p = b;
        for (int j = 0; j < w.length; j++) p += w[j] * x[j];
        return p;
    }

    public static double[] gradientDescent(double[][] X, double[] y, double learningRate, int iterations) {
        int n = X.length, d = n == 0 ? 0 : X[0].length;
        double b = 0;
        double[] w = new double[d];
        for (int it = 0; it < iterations && n > 0; it++) {
            // updates the intercept first, then uses the new intercept for the weight gradient
            double gradB = 0;
            for (int i = 0; i < n; i++) gradB += predict(b, w, X[i]) - y[i];
            b -= learningRate * gradB / n;
            double[] residual = new double[n];
            for (int i = 0; i < n; i++) residual[i] = predict(b, w, X[i]) - y[i];
            double[] gradW = new double[d];
            for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) gradW[j] += residual[i] * X[i][j];
            for (int j = 0; j < d; j++) w[j] -= learningRate * gradW[j] / n;
        }
        double[] out = new double[d + 1];
        out[0] = b;
        System.arraycopy(w, 0, out, 1, d);
        return out;
    }
}
