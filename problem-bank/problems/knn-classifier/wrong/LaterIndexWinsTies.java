import java.util.Arrays;

public class Solution {

    public static int[] predict(double[][] trainX, int[] trainY, double[][] testX, int k) {
        int[] predictions = new int[testX.length];
        for (int q = 0; q < testX.length; q++) {
            int[] best = new int[k];
            double[] bestDistance = new double[k];
            Arrays.fill(bestDistance, Double.MAX_VALUE);
            for (int i = 0; i < trainX.length; i++) {
                double distance = 0;
                for (int t = 0; t < testX[q].length; t++) {
                    double diff = trainX[i][t] - testX[q][t];
                    distance += diff * diff;
                }
                // The bug: <= lets a later row displace an equally distant earlier one.
                if (distance <= bestDistance[k - 1]) {
                    int at = k - 1;
                    while (at > 0 && bestDistance[at - 1] >= distance) {
                        best[at] = best[at - 1];
                        bestDistance[at] = bestDistance[at - 1];
                        at--;
                    }
                    best[at] = i;
                    bestDistance[at] = distance;
                }
            }
            int[] labels = new int[k];
            for (int i = 0; i < k; i++) {
                labels[i] = trainY[best[i]];
            }
            Arrays.sort(labels);
            int winner = labels[0];
            int winnerCount = 0;
            for (int start = 0; start < k;) {
                int end = start;
                while (end < k && labels[end] == labels[start]) {
                    end++;
                }
                if (end - start > winnerCount) {
                    winner = labels[start];
                    winnerCount = end - start;
                }
                start = end;
            }
            predictions[q] = winner;
        }
        return predictions;
    }
}
