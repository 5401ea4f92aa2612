public class Solution {
    public static int[] predict(double[][] trainX, int[] trainY, double[][] testX) {
        // TODO: fit priors, per-class means and variances (+ epsilon), then take the arg-max log posterior
        return new int[testX.length];
    }
}
