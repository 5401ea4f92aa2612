import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

public class Solution {
    public static double[][] mlpGradients(double[][] X, int[] y, double[][] W1, double[] b1, double[][] W2, double[] b2) {
        int n = X.length, d = W1[0].length, h = W1.length, c = W2.length;
        double[][] dW1 = new double[h][d], dW2 = new double[c][h];
        double[] db1 = new double[h], db2 = new double[c];
        IntStream.range(0, n).forEach(s -> {
            double[] x = X[s];
            double[] pre = IntStream.range(0, h).mapToDouble(j -> b1[j] + dot(W1[j], x)).toArray();
            double[] act = Arrays.stream(pre).map(a -> Math.max(0, a)).toArray();
            double[] logits = IntStream.range(0, c).mapToDouble(k -> b2[k] + dot(W2[k], act)).toArray();
            double max = Arrays.stream(logits).max().getAsDouble();
            double sum = Arrays.stream(logits).map(z -> Math.exp(z - max)).sum();
            double[] g = IntStream.range(0, c).mapToDouble(k -> (Math.exp(logits[k] - max) / sum - (k == y[s] ? 1 : 0)) / n).toArray();
            double[] dPre = IntStream.range(0, h)
                    .mapToDouble(j -> pre[j] > 0 ? IntStream.range(0, c).mapToDouble(k -> g[k] * W2[k][j]).sum() : 0)
                    .toArray();
            for (int k = 0; k < c; k++) {
                db2[k] += g[k];
                for (int j = 0; j < h; j++) dW2[k][j] += g[k] * act[j];
            }
            for (int j = 0; j < h; j++) {
                db1[j] += dPre[j];
                for (int i = 0; i < d; i++) dW1[j][i] += dPre[j] * x[i];
            }
        });
        List<double[]> rows = new ArrayList<>(Arrays.asList(dW1));
        rows.add(db1);
        rows.addAll(Arrays.asList(dW2));
        rows.add(db2);
        return rows.toArray(new double[0][]);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
