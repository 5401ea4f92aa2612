import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

public class Solution {
    public static double[][] decodeWithCache(double[][] cacheK, double[][] cacheV, double[][] X,
            double[][] Wq, double[][] Wk, double[][] Wv) {
        List<double[]> keys = new ArrayList<>(Arrays.asList(cacheK));
        List<double[]> values = new ArrayList<>(Arrays.asList(cacheV));
        double scale = 1.0 / Math.sqrt(Wk[0].length);
        return Arrays.stream(X).map(x -> {
            double[] q = project(x, Wq);
            keys.add(project(x, Wk));
            values.add(project(x, Wv));
            double[] scores = keys.stream().mapToDouble(k -> dot(q, k) * scale).toArray();
            double max = Arrays.stream(scores).max().getAsDouble();
            double[] w = Arrays.stream(scores).map(s -> Math.exp(s - max)).toArray();
            double sum = Arrays.stream(w).sum();
            double[] out = new double[Wv[0].length];
            IntStream.range(0, w.length).forEach(j -> {
                double[] v = values.get(j);
                for (int c = 0; c < out.length; c++) out[c] += w[j] / sum * v[c];
            });
            return out;
        }).toArray(double[][]::new);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int c = 0; c < a.length; c++) s += a[c] * b[c];
        return s;
    }

    private static double[] project(double[] x, double[][] w) {
        return IntStream.range(0, w[0].length)
                .mapToDouble(c -> IntStream.range(0, x.length).mapToDouble(r -> x[r] * w[r][c]).sum())
                .toArray();
    }
}
