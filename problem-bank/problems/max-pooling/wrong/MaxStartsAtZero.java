public class Solution {
    public static double[][] maxPool(double[][] x, int size, int stride) {
        int h = x.length;
        int w = h == 0 ? 0 : x[0].length;
        if (h < size || w < size) return new double[0][];
        int ho = (h - size) / stride + 1;
        int wo = (w - size) / stride + 1;
        double[][] y = new double[ho][wo];
        for (int i = 0; i < ho; i++) {
            int r0 = i * stride;
            for (int j = 0; j < wo; j++) {
                int c0 = j * stride;
                double m = 0.0;
                for (int a = 0; a < size; a++) {
                    double[] row = x[r0 + a];
                    for (int b = 0; b < size; b++) {
                        m = Math.max(m, row[c0 + b]);
                    }
                }
                y[i][j] = m;
            }
        }
        return y;
    }
}
