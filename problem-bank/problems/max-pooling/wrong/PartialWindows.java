public class Solution {
    public static double[][] maxPool(double[][] x, int size, int stride) {
        int h = x.length;
        int w = h == 0 ? 0 : x[0].length;
        if (h < size || w < size) return new double[0][];
        int ho = (h - size + stride - 1) / stride + 1;
        int wo = (w - size + stride - 1) / stride + 1;
        double[][] y = new double[ho][wo];
        for (int i = 0; i < ho; i++) {
            for (int j = 0; j < wo; j++) {
                double m = Double.NEGATIVE_INFINITY;
                for (int a = i * stride; a < Math.min(h, i * stride + size); a++) {
                    for (int b = j * stride; b < Math.min(w, j * stride + size); b++) {
                        m = Math.max(m, x[a][b]);
                    }
                }
                y[i][j] = m;
            }
        }
        return y;
    }
}
