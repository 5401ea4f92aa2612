import java.util.Arrays;

public class Solution {
    public static int[] predict(int[][] trainCounts, int[] trainY, int[][] testCounts, double alpha) {
        int n = trainCounts.length, vocabulary = trainCounts[0].length, classes = 0;
        for (int label : trainY) classes = Math.max(classes, label + 1);
        int[] out = new int[testCounts.length];
        long[] wordTotals = new long[vocabulary];
        for (int t = 0; t < testCounts.length; t++) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                // The class's word counts are summed again for every test document.
                Arrays.fill(wordTotals, 0);
                long total = 0;
                int documents = 0;
                for (int d = 0; d < n; d++) {
                    if (trainY[d] != c) continue;
                    documents++;
                    for (int w = 0; w < vocabulary; w++) {
                        wordTotals[w] += trainCounts[d][w];
                        total += trainCounts[d][w];
                    }
                }
                double score = Math.log((double) documents / n);
                double denominator = Math.log(total + alpha * vocabulary);
                for (int w = 0; w < vocabulary; w++) {
                    if (testCounts[t][w] != 0) score += testCounts[t][w] * (Math.log(wordTotals[w] + alpha) - denominator);
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
