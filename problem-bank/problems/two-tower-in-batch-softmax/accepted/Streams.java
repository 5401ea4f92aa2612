import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

public class Solution {
    public static double inBatchSoftmaxLoss(double[][] queries, double[][] items, double temperature, boolean symmetric) {
        int b = queries.length;
        if (b == 0) return 0;
        double[][] s = IntStream.range(0, b)
                .mapToObj(i -> IntStream.range(0, b).mapToDouble(j -> dot(queries[i], items[j]) / temperature).toArray())
                .toArray(double[][]::new);
        double rows = IntStream.range(0, b).mapToDouble(i -> logSumExp(b, j -> s[i][j]) - s[i][i]).average().getAsDouble();
        if (!symmetric) return rows;
        double columns = IntStream.range(0, b).mapToDouble(j -> logSumExp(b, i -> s[i][j]) - s[j][j]).average().getAsDouble();
        return (rows + columns) / 2;
    }

    private static double logSumExp(int n, IntToDoubleFunction value) {
        double max = IntStream.range(0, n).mapToDouble(value).max().getAsDouble();
        return max + Math.log(IntStream.range(0, n).mapToDouble(k -> Math.exp(value.applyAsDouble(k) - max)).sum());
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int c = 0; c < a.length; c++) s += a[c] * b[c];
        return s;
    }
}
