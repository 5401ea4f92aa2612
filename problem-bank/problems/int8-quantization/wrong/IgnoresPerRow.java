public class Solution {
    public static double[][] int8RoundTrip(double[][] W, boolean perRow) {
        int rows = W.length;
        double[][] out = new double[rows + 1][];
        double tensorMax = 0;
        for (double[] row : W) tensorMax = Math.max(tensorMax, maxAbs(row));
        double worst = 0;
        for (int i = 0; i < rows; i++) {
            double[] w = W[i];
            double scale = tensorMax / 127.0;
            double[] back = new double[w.length];
            if (scale > 0) {
                for (int j = 0; j < w.length; j++) {
                    double q = Math.max(-127, Math.min(127, Math.rint(w[j] / scale)));
                    back[j] = q * scale;
                }
            }
            for (int j = 0; j < w.length; j++) worst = Math.max(worst, Math.abs(w[j] - back[j]));
            out[i] = back;
        }
        out[rows] = new double[] { worst };
        return out;
    }

    private static double maxAbs(double[] w) {
        double m = 0;
        for (double v : w) m = Math.max(m, Math.abs(v));
        return m;
    }
}
