public class Solution {
    public static double[][] maxPool(double[][] input, int size, int stride) {
        int h = input.length, w = input[0].length;
        if (h < size || w < size) return new double[0][];
        int outH = (h - size) / stride + 1, outW = (w - size) / stride + 1;
        double[][] out = new double[outH][outW];
        for (int i = 0; i < outH; i++) {
            for (int j = 0; j < outW; j++) {
                double m = 0;
                for (int a = 0; a < size; a++) {
                    double[] row = input[i * stride + a];
                    for (int b = 0; b < size; b++) m = Math.max(m, row[j * stride + b]);
                }
                out[i][j] = m;
            }
        }
        return out;
    }
}
