import java.util.Arrays;

public class Solution {
    public static int[] predict(double[][] trainX, int[] trainY, double[][] testX) {
        int n = trainX.length, d = trainX[0].length, classes = 0;
        for (int y : trainY) classes = Math.max(classes, y + 1);
        double epsilon = 1e-9 * largestColumnVariance(trainX);
        int[] out = new int[testX.length];
        double[] mean = new double[d], var = new double[d];
        for (int t = 0; t < testX.length; t++) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                // Class statistics recomputed for every test row.
                Arrays.fill(mean, 0);
                Arrays.fill(var, 0);
                int count = 0;
                for (int i = 0; i < n; i++) {
                    if (trainY[i] != c) continue;
                    count++;
                    for (int j = 0; j < d; j++) mean[j] += trainX[i][j];
                }
                for (int j = 0; j < d; j++) mean[j] /= count;
                for (int i = 0; i < n; i++) {
                    if (trainY[i] != c) continue;
                    for (int j = 0; j < d; j++) var[j] += (trainX[i][j] - mean[j]) * (trainX[i][j] - mean[j]);
                }
                double score = Math.log((double) count / n);
                double quad = 0;
                for (int j = 0; j < d; j++) {
                    double v = var[j] / count + epsilon;
                    score -= 0.5 * Math.log(2 * Math.PI * v);
                    double dev = testX[t][j] - mean[j];
                    quad += dev * dev / v;
                }
                score -= 0.5 * quad;
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
