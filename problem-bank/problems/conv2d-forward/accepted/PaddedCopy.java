import java.util.stream.IntStream;

public class Solution {

    public static double[][] conv2d(double[][] x, double[][] kernel, double bias, int stride, int padding) {
        int h = x.length;
        int w = (h == 0) ? 0 : x[0].length;
        int kh = kernel.length;
        int kw = kernel[0].length;
        if (h == 0 || w == 0 || h + 2 * padding < kh || w + 2 * padding < kw) {
            return new double[0][];
        }
        double[][] padded = new double[h + 2 * padding][w + 2 * padding];
        for (int r = 0; r < h; r++) {
            System.arraycopy(x[r], 0, padded[r + padding], padding, w);
        }
        int outH = (h + 2 * padding - kh) / stride + 1;
        int outW = (w + 2 * padding - kw) / stride + 1;
        return IntStream.range(0, outH)
            .mapToObj(i -> IntStream.range(0, outW).mapToDouble(j -> window(padded, kernel, i * stride, j * stride) + bias).toArray())
            .toArray(double[][]::new);
    }

    private static double window(double[][] padded, double[][] kernel, int top, int left) {
        return IntStream.range(0, kernel.length)
            .mapToDouble(a -> IntStream.range(0, kernel[a].length).mapToDouble(b -> kernel[a][b] * padded[top + a][left + b]).sum())
            .sum();
    }
}
