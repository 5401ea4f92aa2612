public class Solution {
    static double sigmoid(double z) {
        if (z >= 0) return 1.0 / (1.0 + Math.exp(-z));
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    public static double[][] activations(double[] z) {
        int n = z.length;
        double[][] out = new double[4][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = z[i] > 0 ? z[i] : 0.0;
            out[1][i] = z[i] > 0 ? 1.0 : 0.0;
            double s = sigmoid(z[i]);
            out[2][i] = s;
            out[3][i] = s * (1 - s);
        }
        return out;
    }
}
