public class Solution {
    public static double[][] mlpGradients(double[][] X, int[] y, double[][] W1, double[] b1, double[][] W2, double[] b2) {
        // TODO: forward, then backward; rows: dW1 (H), db1 (1), dW2 (C), db2 (1)
        int h = W1.length, c = W2.length;
        double[][] out = new double[h + 1 + c + 1][];
        for (int j = 0; j < h; j++) out[j] = new double[W1[0].length];
        out[h] = new double[h];
        for (int k = 0; k < c; k++) out[h + 1 + k] = new double[h];
        out[h + 1 + c] = new double[c];
        return out;
    }
}
