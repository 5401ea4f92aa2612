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
                double acc = 0;
                for (int a = 0; a < kh; a++) {
                    int r = i * stride - padding + a;
                    if (r < 0 || r >= h) continue;
                    double[] xr = x[r];
                    double[] kr = kernel[a];
                    for (int b = 0; b < kw; b++) {
                        int c = j * stride - padding + b;
                        if (c < 0 || c >= w) continue;
                        acc += kr[b] * xr[c] + bias;
                    }
                }
                y[i][j] = acc;
            }
        }
        return y;
    }
}
