public class Solution {
    public static int[] predict(int[][] trainCounts, int[] trainY, int[][] testCounts, double alpha) {
        int n = trainCounts.length, vocabulary = trainCounts[0].length, classes = 0;
        for (int label : trainY) classes = Math.max(classes, label + 1);
        long[][] wordTotals = new long[classes][vocabulary];
        long[] classTotals = new long[classes];
        int[] documents = new int[classes];
        for (int d = 0; d < n; d++) {
            int c = trainY[d];
            documents[c]++;
            for (int w = 0; w < vocabulary; w++) {
                wordTotals[c][w] += trainCounts[d][w];
                classTotals[c] += trainCounts[d][w];
            }
        }
        // Smoothed log-probabilities, computed once per (class, word).
        double[][] logTheta = new double[classes][vocabulary];
        double[] logPrior = new double[classes];
        for (int c = 0; c < classes; c++) {
            logPrior[c] = Math.log((double) documents[c] / n);
            double denominator = Math.log(classTotals[c] + alpha * vocabulary);
            for (int w = 0; w < vocabulary; w++) logTheta[c][w] = Math.log(wordTotals[c][w] + alpha) - denominator;
        }
        int[] out = new int[testCounts.length];
        for (int t = 0; t < testCounts.length; t++) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                double score = logPrior[c];
                for (int w = 0; w < vocabulary; w++) {
                    if (testCounts[t][w] != 0) score += testCounts[t][w] * logTheta[c][w];
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            out[t] = best;
        }
        return out;
    }
}
