import java.util.List;
import java.util.stream.IntStream;

public class Solution {

    public static double[][] backward(double[][] X, double[] gamma, double[][] dout, double eps) {
        int n = X.length;
        int d = gamma.length;
        double[][] out = new double[n + 2][d];
        for (int j = 0; j < d; j++) {
            int col = j;
            double mean = IntStream.range(0, n).mapToDouble(i -> X[i][col]).average().orElse(0);
            double var = IntStream.range(0, n).mapToDouble(i -> Math.pow(X[i][col] - mean, 2)).sum() / n;
            double invStd = 1.0 / Math.sqrt(var + eps);
            List<Double> xhat = IntStream.range(0, n).mapToObj(i -> (X[i][col] - mean) * invStd).toList();
            List<Double> g = IntStream.range(0, n).mapToObj(i -> dout[i][col] * gamma[col]).toList();
            double sumG = g.stream().mapToDouble(Double::doubleValue).sum();
            double sumGX = IntStream.range(0, n).mapToDouble(i -> g.get(i) * xhat.get(i)).sum();
            for (int i = 0; i < n; i++) {
                out[i][j] = invStd / n * (n * g.get(i) - sumG - xhat.get(i) * sumGX);
            }
            out[n][j] = IntStream.range(0, n).mapToDouble(i -> dout[i][col] * xhat.get(i)).sum();
            out[n + 1][j] = IntStream.range(0, n).mapToDouble(i -> dout[i][col]).sum();
        }
        return out;
    }
}
