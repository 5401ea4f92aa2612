public class Solution {
    public static double[][] rope(double[][] X, int startPosition, double base) {
        // TODO: rotate each pair (2i, 2i+1) of row t by (startPosition + t) * base^(-2i/d)
        double[][] out = new double[X.length][];
        for (int t = 0; t < X.length; t++) out[t] = X[t].clone();
        return out;
    }
}
