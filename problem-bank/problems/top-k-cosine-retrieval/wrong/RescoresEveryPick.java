public class Solution {
    public static int[] topKCosine(double[][] docs, double[] query, int k) {
        int n = docs.length;
        int take = Math.min(k, n);
        boolean[] used = new boolean[n];
        int[] result = new int[take];
        for (int r = 0; r < take; r++) {
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < n; i++) {
                if (used[i]) continue;
                double s = cosine(docs[i], query);
                if (best < 0 || s > bestScore) {
                    best = i;
                    bestScore = s;
                }
            }
            used[best] = true;
            result[r] = best;
        }
        return result;
    }

    private static double cosine(double[] a, double[] b) {
        double ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return (aa == 0 || bb == 0) ? 0 : ab / (Math.sqrt(aa) * Math.sqrt(bb));
    }
}
