import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public class Solution {
    static Integer[] order;
    static double[] dist;

    static int predict(double[][] trainX, int[] trainY, double[] x, int k) {
        int n = trainX.length;
        if (order == null || order.length != n) {
            order = new Integer[n];
            dist = new double[n];
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int f = 0; f < x.length; f++) {
                double d = trainX[i][f] - x[f];
                s += d * d;
            }
            dist[i] = s;
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> dist[a] != dist[b] ? Double.compare(dist[a], dist[b]) : Integer.compare(a, b));
        Map<Integer, Integer> votes = new HashMap<>();
        for (int q = 0; q < k; q++) votes.merge(trainY[order[q]], 1, Integer::sum);
        int best = 0, bestVotes = -1;
        for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes || (e.getValue() == bestVotes && e.getKey() < best)) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return best;
    }

    public static int chooseK(double[][] trainX, int[] trainY, double[][] valX, int[] valY, int[] candidates) {
        int bestK = -1, bestCorrect = -1;
        for (int k : candidates) {
            int correct = 0;
            for (int v = 0; v < valX.length; v++) if (predict(trainX, trainY, valX[v], k) == valY[v]) correct++;
            if (correct > bestCorrect || (correct == bestCorrect && k < bestK)) {
                bestCorrect = correct;
                bestK = k;
            }
        }
        return bestK;
    }
}
