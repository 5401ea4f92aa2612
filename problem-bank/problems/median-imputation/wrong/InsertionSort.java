import java.util.Arrays;

public class Solution {
    public static double[][] impute(double[][] X) {
        int n = X.length;
        if (n == 0) return new double[0][];
        int d = X[0].length;
        double[][] out = new double[n][d];
        double[] buf = new double[n];
        for (int j = 0; j < d; j++) {
            int m = 0;
            for (int i = 0; i < n; i++) if (!Double.isNaN(X[i][j])) buf[m++] = X[i][j];
            double median = 0.0;
            if (m > 0) {
                for (int a = 1; a < m; a++) {
                    double key = buf[a];
                    int b = a - 1;
                    while (b >= 0 && buf[b] > key) { buf[b + 1] = buf[b]; b--; }
                    buf[b + 1] = key;
                }
                median = (m % 2 == 1) ? buf[m / 2] : (buf[m / 2 - 1] + buf[m / 2]) / 2.0;
            }
            for (int i = 0; i < n; i++) out[i][j] = Double.isNaN(X[i][j]) ? median : X[i][j];
        }
        return out;
    }
}
