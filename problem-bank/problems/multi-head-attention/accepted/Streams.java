import java.util.stream.IntStream;

public class Solution {
    public static double[][] multiHeadAttention(double[][] X, double[][] Wq, double[][] Wk, double[][] Wv,
            double[][] Wo, int heads, boolean causal) {
        int n = X.length, dm = Wq.length, dk = dm / heads;
        double[][] q = matmul(X, Wq), k = matmul(X, Wk), v = matmul(X, Wv);
        double[][] concat = new double[n][dm];
        IntStream.range(0, heads).forEach(h -> IntStream.range(0, n).forEach(i -> {
            int from = h * dk, visible = causal ? i + 1 : n;
            double[] scores = IntStream.range(0, visible)
                    .mapToDouble(j -> dot(q[i], k[j], from, from + dk) / Math.sqrt(dk))
                    .toArray();
            double max = IntStream.range(0, visible).mapToDouble(j -> scores[j]).max().getAsDouble();
            double[] w = IntStream.range(0, visible).mapToDouble(j -> Math.exp(scores[j] - max)).toArray();
            double sum = IntStream.range(0, visible).mapToDouble(j -> w[j]).sum();
            for (int j = 0; j < visible; j++) {
                for (int c = from; c < from + dk; c++) concat[i][c] += w[j] / sum * v[j][c];
            }
        }));
        return matmul(concat, Wo);
    }

    private static double dot(double[] a, double[] b, int from, int to) {
        double s = 0;
        for (int c = from; c < to; c++) s += a[c] * b[c];
        return s;
    }

    private static double[][] matmul(double[][] a, double[][] b) {
        return IntStream.range(0, a.length).mapToObj(i -> {
            double[] row = new double[b[0].length];
            IntStream.range(0, b.length).forEach(t -> {
                for (int j = 0; j < row.length; j++) row[j] += a[i][t] * b[t][j];
            });
            return row;
        }).toArray(double[][]::new);
    }
}
