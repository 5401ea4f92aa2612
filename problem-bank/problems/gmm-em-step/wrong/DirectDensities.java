public class Solution {
    public static double[] emStep(double[] x, double[] weights, double[] means, double[] variances) {
        int n = x.length, k = weights.length;
        double[][] r = new double[n][k];
        double logLikelihood = 0;
        double[] total = new double[k];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int c = 0; c < k; c++) {
                double d = x[i] - means[c];
                r[i][c] = weights[c] * Math.exp(-d * d / (2 * variances[c])) / Math.sqrt(2 * Math.PI * variances[c]);
                norm += r[i][c];
            }
            logLikelihood += Math.log(norm);
            for (int c = 0; c < k; c++) {
                r[i][c] /= norm;
                total[c] += r[i][c];
            }
        }
        double[] out = new double[3 * k + 1];
        for (int c = 0; c < k; c++) {
            double s = 0;
            for (int i = 0; i < n; i++) s += r[i][c] * x[i];
            double mean = total[c] > 0 ? s / total[c] : means[c];
            double sq = 0;
            for (int i = 0; i < n; i++) sq += r[i][c] * (x[i] - mean) * (x[i] - mean);
            out[c] = total[c] / n;
            out[k + c] = mean;
            out[2 * k + c] = total[c] > 0 ? sq / total[c] : variances[c];
        }
        out[3 * k] = logLikelihood;
        return out;
    }
}
