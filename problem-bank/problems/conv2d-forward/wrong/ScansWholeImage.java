public class Solution {
    public static double[][] conv2d(double[][] input, double[][] kernel, int stride, int padding) {
        int h = input.length, w = input[0].length, kh = kernel.length, kw = kernel[0].length;
        int outH = (h + 2 * padding - kh) / stride + 1;
        int outW = (w + 2 * padding - kw) / stride + 1;
        if (h + 2 * padding < kh || w + 2 * padding < kw) return new double[0][];
        double[][] out = new double[outH][outW];
        for (int oi = 0; oi < outH; oi++) {
            for (int oj = 0; oj < outW; oj++) {
                int top = oi * stride - padding, left = oj * stride - padding;
                double s = 0;
                // visits every input pixel and keeps those inside the window
                for (int r = 0; r < h; r++) {
                    for (int c = 0; c < w; c++) {
                        int a = r - top, b = c - left;
                        if (a >= 0 && a < kh && b >= 0 && b < kw) s += input[r][c] * kernel[a][b];
                    }
                }
                out[oi][oj] = s;
            }
        }
        return out;
    }
}
