import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

public class Solution {
    public static double[][] gru(double[][] X, double[] h0, double[][] W, double[][] U, double[] b) {
        int hidden = h0.length;
        List<double[]> states = new ArrayList<>();
        double[] h = h0.clone();
        for (double[] x : X) {
            double[] prev = h;
            double[] z = IntStream.range(0, hidden).mapToDouble(k -> sigmoid(b[k] + dot(W[k], x) + dot(U[k], prev))).toArray();
            double[] r = IntStream.range(hidden, 2 * hidden)
                    .mapToDouble(row -> sigmoid(b[row] + dot(W[row], x) + dot(U[row], prev))).toArray();
            double[] reset = IntStream.range(0, hidden).mapToDouble(k -> r[k] * prev[k]).toArray();
            h = IntStream.range(0, hidden).mapToDouble(k -> {
                int row = 2 * hidden + k;
                double candidate = Math.tanh(b[row] + dot(W[row], x) + dot(U[row], reset));
                return (1 - z[k]) * candidate + z[k] * prev[k];
            }).toArray();
            states.add(h);
        }
        return states.toArray(new double[0][]);
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
