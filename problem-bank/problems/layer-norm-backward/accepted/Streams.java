import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

public class Solution {
    public static double[][] backward(double[][] X, double[] gamma, double[][] dout, double eps) {
        int n = X.length, d = gamma.length;
        double[][] out = new double[n + 2][];
        double[] dgamma = new double[d], dbeta = new double[d];
        for (int i = 0; i < n; i++) {
            double[] x = X[i], up = dout[i];
            double mean = DoubleStream.of(x).average().orElse(0);
            double s = 1.0 / Math.sqrt(DoubleStream.of(x).map(v -> (v - mean) * (v - mean)).average().orElse(0) + eps);
            double[] xhat = DoubleStream.of(x).map(v -> (v - mean) * s).toArray();
            double sumG = IntStream.range(0, d).mapToDouble(j -> up[j] * gamma[j]).sum();
            double sumGX = IntStream.range(0, d).mapToDouble(j -> up[j] * gamma[j] * xhat[j]).sum();
            out[i] = IntStream.range(0, d).mapToDouble(j -> s / d * (d * up[j] * gamma[j] - sumG - xhat[j] * sumGX)).toArray();
            IntStream.range(0, d).forEach(j -> {
                dgamma[j] += up[j] * xhat[j];
                dbeta[j] += up[j];
            });
        }
        out[n] = dgamma;
        out[n + 1] = dbeta;
        return out;
    }
}
