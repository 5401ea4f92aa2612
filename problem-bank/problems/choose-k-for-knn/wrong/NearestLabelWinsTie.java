import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public class Solution {
    public static int chooseK(double[][] trainX, int[] trainY, double[][] valX, int[] valY, int[] candidates) {
        int n = trainX.length;
        int maxK = 0;
        for (int k : candidates) maxK = Math.max(maxK, k);
        // distinct labels, mapped to 0..L-1 in ascending order
        int[] sortedY = trainY.clone();
        Arrays.sort(sortedY);
        int distinct = 0;
        for (int i = 0; i < sortedY.length; i++) if (i == 0 || sortedY[i] != sortedY[i - 1]) sortedY[distinct++] = sortedY[i];
        int[] labels = Arrays.copyOf(sortedY, distinct);
        Map<Integer, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < labels.length; i++) labelIndex.put(labels[i], i);
        int[] correct = new int[candidates.length];
        int kk = Math.min(maxK, n);
        int[] order = new int[kk];
        double[] bestDist = new double[kk];
        int[] votes = new int[labels.length];
        for (int v = 0; v < valX.length; v++) {
            // the maxK nearest training points in (distance, index) order, kept by insertion
            int size = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int f = 0; f < valX[v].length; f++) {
                    double d = trainX[i][f] - valX[v][f];
                    s += d * d;
                }
                if (size == kk && s >= bestDist[kk - 1]) continue; // i is later than every kept index
                int pos = size < kk ? size++ : kk - 1;
                while (pos > 0 && bestDist[pos - 1] > s) {
                    order[pos] = order[pos - 1];
                    bestDist[pos] = bestDist[pos - 1];
                    pos--;
                }
                order[pos] = i;
                bestDist[pos] = s;
            }
            // prediction[k] for every k up to maxK, by adding one neighbour at a time
            int[] prediction = new int[maxK + 1];
            Arrays.fill(votes, 0);
            int best = -1;
            for (int k = 1; k <= maxK; k++) {
                int li = labelIndex.get(trainY[order[k - 1]]);
                votes[li]++;
                // winner = most votes; on a tie, the label whose first vote came earliest (nearest)
                int win = labelIndex.get(trainY[order[0]]);
                for (int q = 0; q < k; q++) {
                    int lq = labelIndex.get(trainY[order[q]]);
                    if (votes[lq] > votes[win]) win = lq;
                }
                prediction[k] = labels[win];
            }
            for (int c = 0; c < candidates.length; c++) {
                if (prediction[candidates[c]] == valY[v]) correct[c]++;
            }
        }
        int bestK = -1, bestCorrect = -1;
        for (int c = 0; c < candidates.length; c++) {
            if (correct[c] > bestCorrect || (correct[c] == bestCorrect && candidates[c] < bestK)) {
                bestCorrect = correct[c];
                bestK = candidates[c];
            }
        }
        return bestK;
    }
}
