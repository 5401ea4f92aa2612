public class Solution {
    public static double[] gradientDescent(double[][] X, double[] y, double learningRate, int iterations) {
        // TODO: batch gradient descent from zeros; return [b, w1, ..., wd]
        int d = X.length == 0 ? 0 : X[0].length;
        return new double[d + 1];
    }
}
