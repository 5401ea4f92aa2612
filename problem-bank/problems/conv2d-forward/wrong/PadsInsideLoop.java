public class Solution {
    public static double[][] conv2d(double[][] x, double[][] kernel, double bias, int stride, int padding) {
        int h = x.length;
        int w = h == 0 ? 0 : x[0].length;
        int kh = kernel.length;
        int kw = kernel[0].length;
        if (h == 0 || w == 0 || h + 2 * padding < kh || w + 2 * padding < kw) return new double[0][];
        int ho = (h + 2 * padding - kh) / stride + 1;
        int wo = (w + 2 * padding - kw) / stride + 1;
        double[][] y = new double[ho][wo];
        for (int i = 0; i < ho; i++) {
            for (int j = 0; j < wo; j++) {
                double[][] p = pad(x, padding);
                double acc = bias;
                for (int a = 0; a < kh; a++) {
                    for (int b = 0; b < kw; b++) {
                        acc += kernel[a][b] * p[i * stride + a][j * stride + b];
                    }
                }
                y[i][j] = acc;
            }
        }
        return y;
    }

    private static double[][] pad(double[][] x, int p) {
        int h = x.length, w = x[0].length;
        double[][] out = new double[h + 2 * p][w + 2 * p];
        for (int r = 0; r < h; r++) System.arraycopy(x[r], 0, out[r + p], p, w);
        return out;
    }
}
