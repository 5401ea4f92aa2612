import java.util.stream.IntStream;

public class Solution {
    public static double[][] attention(double[][] Q, double[][] K, double[][] V, boolean causal, int validKeys) {
        int n = Q.length, m = K.length, dv = V[0].length;
        double scale = 1.0 / Math.sqrt(Q[0].length);
        return IntStream.range(0, n).mapToObj(i -> {
            int visible = causal ? Math.min(validKeys, i + m - n + 1) : validKeys;
            if (visible <= 0) return new double[dv];
            double[] scores = IntStream.range(0, visible)
                    .mapToDouble(j -> IntStream.range(0, Q[i].length).mapToDouble(c -> Q[i][c] * K[j][c]).sum() * scale)
                    .toArray();
            double max = IntStream.range(0, visible).mapToDouble(j -> scores[j]).max().getAsDouble();
            double[] w = IntStream.range(0, visible).mapToDouble(j -> Math.exp(scores[j] - max)).toArray();
            double sum = IntStream.range(0, visible).mapToDouble(j -> w[j]).sum();
            return IntStream.range(0, dv)
                    .mapToDouble(c -> IntStream.range(0, visible).mapToDouble(j -> w[j] / sum * V[j][c]).sum())
                    .toArray();
        }).toArray(double[][]::new);
    }
}
