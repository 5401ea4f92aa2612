public class Solution {

    // Right answers, but sorts all n distances with selection sort for every query: O(n^2) each.
    public static int[] predict(double[][] trainX, int[] trainY, double[][] testX, int k) {
        int n = trainX.length;
        int[] predictions = new int[testX.length];
        for (int q = 0; q < testX.length; q++) {
            double[] distance = new double[n];
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
                for (int t = 0; t < testX[q].length; t++) {
                    double diff = trainX[i][t] - testX[q][t];
                    distance[i] += diff * diff;
                }
            }
            for (int a = 0; a < n; a++) {
                int min = a;
                for (int b = a + 1; b < n; b++) {
                    if (distance[order[b]] < distance[order[min]]
                            || (distance[order[b]] == distance[order[min]] && order[b] < order[min])) {
                        min = b;
                    }
                }
                int swap = order[a];
                order[a] = order[min];
                order[min] = swap;
            }
            int[] labels = new int[k];
            for (int i = 0; i < k; i++) {
                labels[i] = trainY[order[i]];
            }
            java.util.Arrays.sort(labels);
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
