import java.util.HashMap;
import java.util.Map;

public class Solution {

    public static int[] predict(double[][] trainX, int[] trainY, double[][] testX, int k) {
        int[] predictions = new int[testX.length];
        for (int q = 0; q < testX.length; q++) {
            Integer[] order = new Integer[trainX.length];
            double[] distance = new double[trainX.length];
            for (int i = 0; i < trainX.length; i++) {
                order[i] = i;
                for (int t = 0; t < testX[q].length; t++) {
                    double diff = trainX[i][t] - testX[q][t];
                    distance[i] += diff * diff;
                }
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(distance[a], distance[b]));
            // The bug: walks neighbours nearest first and keeps the first label to reach the top count.
            Map<Integer, Integer> counts = new HashMap<>();
            int winner = trainY[order[0]];
            int winnerCount = 0;
            for (int i = 0; i < k; i++) {
                int label = trainY[order[i]];
                int count = counts.merge(label, 1, Integer::sum);
                if (count > winnerCount) {
                    winner = label;
                    winnerCount = count;
                }
            }
            predictions[q] = winner;
        }
        return predictions;
    }
}
