import java.util.Arrays;

public class Solution {

    public static int[] predict(double[][] trainX, int[] trainY, double[][] testX, int k) {
        int[] predictions = new int[testX.length];
        for (int q = 0; q < testX.length; q++) {
            predictions[q] = vote(nearest(trainX, testX[q], k), trainY);
        }
        return predictions;
    }

    /** Indexes of the k nearest rows, nearest first; a lower index wins an equal distance. */
    private static int[] nearest(double[][] trainX, double[] query, int k) {
        int[] best = new int[k];
        double[] bestDistance = new double[k];
        int size = 0;
        for (int i = 0; i < trainX.length; i++) {
            double distance = 0;
            for (int t = 0; t < query.length; t++) {
                double diff = trainX[i][t] - query[t];
                distance += diff * diff;
            }
            if (size == k && distance >= bestDistance[k - 1]) {
                continue;
            }
            int at = (size < k) ? size++ : k - 1;
            // Shift strictly farther entries right: equal distances keep their (earlier) place.
            while (at > 0 && bestDistance[at - 1] > distance) {
                best[at] = best[at - 1];
                bestDistance[at] = bestDistance[at - 1];
                at--;
            }
            best[at] = i;
            bestDistance[at] = distance;
        }
        return best;
    }

    /** The most frequent label among the neighbours; the smallest label on equal counts. */
    private static int vote(int[] neighbours, int[] trainY) {
        int[] labels = new int[neighbours.length];
        for (int i = 0; i < neighbours.length; i++) {
            labels[i] = trainY[neighbours[i]];
        }
        Arrays.sort(labels);
        int winner = labels[0];
        int winnerCount = 0;
        for (int start = 0; start < labels.length;) {
            int end = start;
            while (end < labels.length && labels[end] == labels[start]) {
                end++;
            }
            if (end - start > winnerCount) {
                winner = labels[start];
                winnerCount = end - start;
            }
            start = end;
        }
        return winner;
    }
}
