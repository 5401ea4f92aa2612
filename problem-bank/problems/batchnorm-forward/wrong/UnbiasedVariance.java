public class Solution {
    public static double[][] forward(double[][] X, double[] gamma, double[] beta, double[] runningMean,
                                     double[] runningVar, double momentum, double eps, boolean training) {
        int n = X.length, d = gamma.length;
        double[] mean = new double[d], var = new double[d];
        double[] newMean = runningMean.clone(), newVar = runningVar.clone();
        if (training) {
            for (double[] row : X) for (int j = 0; j < d; j++) mean[j] += row[j];
            for (int j = 0; j < d; j++) mean[j] /= n;
            for (double[] row : X) for (int j = 0; j < d; j++) var[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
            for (int j = 0; j < d; j++) {
                var[j] /= Math.max(1, n - 1);
                newMean[j] = momentum * runningMean[j] + (1 - momentum) * mean[j];
                newVar[j] = momentum * runningVar[j] + (1 - momentum) * var[j];
            }
        } else {
            mean = runningMean.clone();
            var = runningVar.clone();
        }
        double[][] out = new double[n + 2][];
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) scale[j] = gamma[j] / Math.sqrt(var[j] + eps);
        for (int i = 0; i < n; i++) {
            out[i] = new double[d];
            for (int j = 0; j < d; j++) out[i][j] = (X[i][j] - mean[j]) * scale[j] + beta[j];
        }
        out[n] = newMean;
        out[n + 1] = newVar;
        return out;
    }
}
