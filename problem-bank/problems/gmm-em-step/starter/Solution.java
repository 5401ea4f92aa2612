public class Solution {
    public static double[] emStep(double[] x, double[] weights, double[] means, double[] variances) {
        // TODO: responsibilities (E-step), new weights, means and variances (M-step), old log-likelihood
        int k = weights.length;
        double[] out = new double[3 * k + 1];
        for (int c = 0; c < k; c++) {
            out[c] = weights[c];
            out[k + c] = means[c];
            out[2 * k + c] = variances[c];
        }
        return out;
    }
}
