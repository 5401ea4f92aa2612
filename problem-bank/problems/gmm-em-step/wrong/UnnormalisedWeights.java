public class Solution {
    public static double[] emStep(double[] x, double[] weights, double[] means, double[] variances) {
        int n = x.length, k = weights.length;
        double[] logPrefix = new double[k];
        for (int c = 0; c < k; c++) logPrefix[c] = Math.log(weights[c]) - 0.5 * Math.log(2 * Math.PI * variances[c]);
        double[] resp = new double[k], total = new double[k], sum = new double[k], sumSq = new double[k];
        double logLikelihood = 0;
        for (int i = 0; i < n; i++) {
            // Responsibilities in log space: far-away points would underflow every density to 0.
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double d = x[i] - means[c];
                resp[c] = logPrefix[c] - d * d / (2 * variances[c]);
                max = Math.max(max, resp[c]);
            }
            double norm = 0;
            for (int c = 0; c < k; c++) {
                resp[c] = Math.exp(resp[c] - max);
                norm += resp[c];
            }
            logLikelihood += max + Math.log(norm);
            for (int c = 0; c < k; c++) {
                double r = resp[c] / norm;
                total[c] += r;
                sum[c] += r * x[i];
            }
        }
        double[] out = new double[3 * k + 1];
        double[] newMeans = new double[k];
        for (int c = 0; c < k; c++) newMeans[c] = total[c] > 0 ? sum[c] / total[c] : means[c];
        // Second pass: the variance is taken around the new mean.
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double d = x[i] - means[c];
                resp[c] = logPrefix[c] - d * d / (2 * variances[c]);
                max = Math.max(max, resp[c]);
            }
            double norm = 0;
            for (int c = 0; c < k; c++) {
                resp[c] = Math.exp(resp[c] - max);
                norm += resp[c];
            }
            for (int c = 0; c < k; c++) {
                double d = x[i] - newMeans[c];
                sumSq[c] += resp[c] / norm * d * d;
            }
        }
        for (int c = 0; c < k; c++) {
            out[c] = total[c];
            out[k + c] = newMeans[c];
            out[2 * k + c] = total[c] > 0 ? sumSq[c] / total[c] : variances[c];
        }
        out[3 * k] = logLikelihood;
        return out;
    }
}
