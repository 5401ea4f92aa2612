import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

public class Solution {
    static double ratio(long num, long den) {
        return den == 0 ? 0.0 : (double) num / den;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public static double[] scores(int[] yTrue, int[] yPred, boolean macro) {
        int n = yTrue.length;
        if (!macro) {
            long tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < n; i++) {
                if (yPred[i] == 1 && yTrue[i] == 1) tp++;
                else if (yPred[i] == 1) fp++;
                else if (yTrue[i] == 1) fn++;
            }
            double p = ratio(tp, tp + fp), r = ratio(tp, tp + fn);
            return new double[] {p, r, f1(p, r)};
        }
        Map<Integer, long[]> stats = new HashMap<>(); // {tp, predicted, actual}
        TreeSet<Integer> labels = new TreeSet<>();
        for (int i = 0; i < n; i++) { labels.add(yTrue[i]); labels.add(yPred[i]); }
        for (int label : labels) {
            long[] s = new long[3];
            for (int i = 0; i < n; i++) {
                if (yPred[i] == label) s[1]++;
                if (yTrue[i] == label) s[2]++;
                if (yPred[i] == label && yTrue[i] == label) s[0]++;
            }
            stats.put(label, s);
        }
        if (stats.isEmpty()) return new double[] {0.0, 0.0, 0.0};
        double sp = 0, sr = 0, sf = 0;
        for (int label : new TreeSet<>(stats.keySet())) {
            long[] s = stats.get(label);
            double p = ratio(s[0], s[1]), r = ratio(s[0], s[2]);
            sp += p;
            sr += r;
            sf += f1(p, r);
        }
        int k = stats.size();
        return new double[] {sp / k, sr / k, sf / k};
    }
}
