public class Solution {

    /** Batch gradient descent on the mean log-loss; returns [b, w1, ..., wd]. */
    public static double[] fit(double[][] X, int[] y, double learningRate, int iterations) {
        double[] beta = new double[X[0].length + 1];
        // TODO: repeat `iterations` times: predict, compute the mean gradient, step.
        return beta;
    }
}
