import java.util.Arrays;

public class Solution {
    public static double[] rankingMetrics(int[][] ranked, int[][] relevant, int k) {
        double ndcgSum = 0, rrSum = 0, apSum = 0;
        int counted = 0;
        for (int q = 0; q < ranked.length; q++) {
            int[] rel = distinctSorted(relevant[q]);
            if (rel.length == 0) continue;
            counted++;
            // One flag per relevant id: a document that comes back a second time is not a new hit.
            boolean[] found = new boolean[rel.length];
            int[] list = ranked[q];
            int depth = Math.min(k, list.length);
            double dcg = 0, precisionSum = 0, rr = 0;
            int hits = 0;
            for (int i = 0; i < depth; i++) {
                int at = indexOf(rel, list[i]);
                if (at < 0 || found[at]) continue;
                found[at] = true;
                hits++;
                dcg += 1.0 / log2(i + 2);
                precisionSum += (double) hits / (i + 1);
                if (rr == 0) rr = 1.0 / (i + 1);
            }
            int ideal = Math.min(rel.length, k);
            double idcg = 0;
            for (int i = 0; i < ideal; i++) idcg += 1.0 / log2(i + 2);
            ndcgSum += dcg / idcg;
            rrSum += rr;
            apSum += precisionSum / ideal;
        }
        if (counted == 0) return new double[3];
        return new double[] { ndcgSum / counted, rrSum / counted, apSum / counted };
    }

    private static int indexOf(int[] a, int x) {
        for (int i = 0; i < a.length; i++) if (a[i] == x) return i;
        return -1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static int[] distinctSorted(int[] ids) {
        int[] s = ids.clone();
        Arrays.sort(s);
        int n = 0;
        for (int i = 0; i < s.length; i++) if (i == 0 || s[i] != s[i - 1]) s[n++] = s[i];
        return Arrays.copyOf(s, n);
    }
}
