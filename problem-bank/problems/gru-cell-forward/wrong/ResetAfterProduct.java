public class Solution {
    public static double[][] gru(double[][] X, double[] h0, double[][] W, double[][] U, double[] b) {
        int steps = X.length, hidden = h0.length;
        double[][] states = new double[steps][];
        double[] h = h0.clone();
        double[] z = new double[hidden], r = new double[hidden], reset = new double[hidden];
        for (int t = 0; t < steps; t++) {
            double[] x = X[t];
            for (int k = 0; k < hidden; k++) {
                z[k] = sigmoid(b[k] + dot(W[k], x) + dot(U[k], h));
                r[k] = sigmoid(b[hidden + k] + dot(W[hidden + k], x) + dot(U[hidden + k], h));
            }
            for (int k = 0; k < hidden; k++) reset[k] = r[k] * h[k];
            double[] next = new double[hidden];
            for (int k = 0; k < hidden; k++) {
                int row = 2 * hidden + k;
                double candidate = Math.tanh(b[row] + dot(W[row], x) + r[k] * dot(U[row], h));
                next[k] = (1 - z[k]) * candidate + z[k] * h[k];
            }
            h = next;
            states[t] = next;
        }
        return states;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
