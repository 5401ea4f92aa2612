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
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++) var[trainY[i]][j] += Math.pow(trainX[i][j] - mean[trainY[i]][j], 2);
        double largest = 0;
        for (int j = 0; j < d; j++) {
            double m = 0, v = 0;
            for (double[] row : trainX) m += row[j];
            m /= n;
            for (double[] row : trainX) v += (row[j] - m) * (row[j] - m);
            largest = Math.max(largest, v / n);
        }
        for (int c = 0; c < classes; c++) for (int j = 0; j < d; j++) var[c][j] = var[c][j] / count[c] + 1e-9 * largest;
        int[] out = new int[testX.length];
        for (int t = 0; t < testX.length; t++) {
            int best = 0;
            double bestP = -1;
            for (int c = 0; c < classes; c++) {
                double p = (double) count[c] / n;
                for (int j = 0; j < d; j++) {
                    double dev = testX[t][j] - mean[c][j];
                    p *= Math.exp(-dev * dev / (2 * var[c][j])) / Math.sqrt(2 * Math.PI * var[c][j]);
                }
                if (p > bestP) {
                    bestP = p;
                    best = c;
                }
            }
            out[t] = best;
        }
        return out;
    }
}
