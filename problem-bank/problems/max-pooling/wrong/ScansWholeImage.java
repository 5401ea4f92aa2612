public class Solution {
    public static double[][] maxPool(double[][] input, int size, int stride) {
        int h = input.length, w = input[0].length;
        if (h < size || w < size) return new double[0][];
        int outH = (h - size) / stride + 1, outW = (w - size) / stride + 1;
        double[][] out = new double[outH][outW];
        for (int i = 0; i < outH; i++) {
            for (int j = 0; j < outW; j++) {
                double m = Double.NEGATIVE_INFINITY;
                // visits every input cell and keeps those inside the window
                for (int r = 0; r < h; r++)
                    for (int c = 0; c < w; c++)
                        if (r >= i * stride && r < i * stride + size && c >= j * stride && c < j * stride + size)
                            m = Math.max(m, input[r][c]);
                out[i][j] = m;
            }
        }
        return out;
    }
}
