public class Solution {
    public static int[] predict(double[][] trainX, int[] trainY, double[][] testX) {
        int n = trainX.length, d = trainX[0].length, classes = 0;
        for (int y : trainY) classes = Math.max(classes, y + 1);
        int[] count = new int[classes];
        double[][] mean = new double[classes][d];
        double[][] var = new double[classes][d];
        for (int i = 0; i < n; i++) {
            count[trainY[i]]++;
            for (int j = 0; j < d; j++) mean[trainY[i]][j] += trainX[i][j];
        }
        for (int c = 0; c < classes; c++) for (int j = 0; j < d; j++) mean[c][j] /= count[c];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double dev = trainX[i][j] - mean[trainY[i]][j];
                var[trainY[i]][j] += dev * dev;
            }
        }
        double epsilon = 1e-9 * largestColumnVariance(trainX);
        double[] logPrior = new double[classes];
        // The per-class constant part of the score: log prior - 0.5 * sum_j log(2 pi var).
        double[] constant = new double[classes];
        for (int c = 0; c < classes; c++) {
            logPrior[c] = Math.log((double) count[c] / n);
            constant[c] = logPrior[c];
            for (int j = 0; j < d; j++) {
                var[c][j] = var[c][j] / count[c] + epsilon;
                constant[c] -= 0.5 * Math.log(2 * Math.PI * var[c][j]);
            }
        }
        int[] out = new int[testX.length];
        for (int t = 0; t < testX.length; t++) {
            double[] x = testX[t];
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                double quad = 0;
                for (int j = 0; j < d; j++) {
                    double dev = x[j] - mean[c][j];
                    quad += dev * dev / var[c][j];
                }
                double score = constant[c] - 0.5 * quad;
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            out[t] = best;
        }
        return out;
    }

    private static double largestColumnVariance(double[][] X) {
        int n = X.length, d = X[0].length;
        double largest = 0;
        for (int j = 0; j < d; j++) {
            double m = 0;
            for (double[] row : X) m += row[j];
            m /= n;
            double v = 0;
            for (double[] row : X) v += (row[j] - m) * (row[j] - m);
            largest = Math.max(largest, v / n);
        }
        return largest;
    }
}
