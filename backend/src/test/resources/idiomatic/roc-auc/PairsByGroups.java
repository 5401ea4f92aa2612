import java.util.Map;
import java.util.TreeMap;

// Counts positives and negatives per distinct score, then sweeps the scores in order.
public class Solution {

    public static double rocAuc(int[] labels, double[] scores) {
        TreeMap<Double, long[]> byScore = new TreeMap<>();
        long pos = 0;
        long neg = 0;
        for (int i = 0; i < labels.length; i++) {
            long[] counts = byScore.computeIfAbsent(scores[i], s -> new long[2]);
            counts[labels[i]]++;
            if (labels[i] == 1) {
                pos++;
            }
            else {
                neg++;
            }
        }
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        double wins = 0;
        long negativesBelow = 0;
        for (Map.Entry<Double, long[]> e : byScore.entrySet()) {
            long negHere = e.getValue()[0];
            long posHere = e.getValue()[1];
            wins += posHere * (negativesBelow + negHere / 2.0);
            negativesBelow += negHere;
        }
        return wins / ((double) pos * neg);
    }
}
