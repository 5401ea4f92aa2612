public class Solution {
    public static double[][] backward(double[][] dout, double[][] X, double[] gamma, double eps) {
        // TODO: rows 0..n-1 = dL/dX, row n = dL/dgamma, row n+1 = dL/dbeta
        int n = X.length, d = gamma.length;
        double[][] out = new double[n + 2][d];
        return out;
    }
}
