public class Solution {
    public static double[][] rope(double[][] X, int startPosition, double base) {
        int n = X.length;
        double[][] out = new double[n][];
        if (n == 0) return out;
        int d = X[0].length;
        double[] freq = new double[d / 2];
        for (int i = 0; i < d / 2; i++) freq[i] = Math.pow(base, -2.0 * i / d);
        for (int t = 0; t < n; t++) {
            double position = startPosition + t;
            double[] x = X[t], y = new double[d];
            for (int i = 0; i < d / 2; i++) {
                double theta = position * freq[i];
                double c = Math.cos(theta), s = Math.sin(theta);
                double a = x[2 * i], b = x[2 * i + 1];
                y[2 * i] = a * c - b * s;
                y[2 * i + 1] = a * s + b * c;
            }
            out[t] = y;
        }
        return out;
    }
}
