import java.util.Arrays;
import java.util.stream.IntStream;

public class Solution {
    public static double[][] lora(double[][] X, double[][] W, double[][] A, double[][] B, double alpha, boolean merge) {
        double scale = alpha / A.length;
        double[][] merged = IntStream.range(0, W.length)
                .mapToObj(o -> IntStream.range(0, W[0].length)
                        .mapToDouble(i -> W[o][i] + scale * IntStream.range(0, A.length).mapToDouble(k -> B[o][k] * A[k][i]).sum())
                        .toArray())
                .toArray(double[][]::new);
        if (merge) return merged;
        return Arrays.stream(X)
                .map(x -> Arrays.stream(merged).mapToDouble(w -> dot(x, w)).toArray())
                .toArray(double[][]::new);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
