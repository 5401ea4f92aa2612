public class Solution {
    public static int[] mmr(double[][] docs, double[] query, int k, double lambda) {
        int n = docs.length, take = Math.min(k, n);
        double[][] unit = new double[n][];
        for (int i = 0; i < n; i++) unit[i] = normalised(docs[i]);
        double[] q = normalised(query);
        double[] relevance = new double[n];
        for (int i = 0; i < n; i++) relevance[i] = dot(unit[i], q);
        // Largest similarity of each document to anything selected so far (0 before the first pick).
        double[] penalty = new double[n];
        boolean[] selected = new boolean[n];
        int[] result = new int[take];
        for (int r = 0; r < take; r++) {
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < n; i++) {
                if (selected[i]) continue;
                double score = lambda * relevance[i] - (1 - lambda) * (r == 0 ? 0 : penalty[i]);
                if (best < 0 || score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            selected[best] = true;
            result[r] = best;
            for (int i = 0; i < n; i++) {
                double s = dot(unit[i], unit[best]);
                penalty[i] = (r == 0) ? s : penalty[i] + s;
            }
        }
        return result;
    }

    private static double[] normalised(double[] v) {
        double norm = Math.sqrt(dot(v, v));
        double[] u = new double[v.length];
        if (norm > 0) for (int i = 0; i < v.length; i++) u[i] = v[i] / norm;
        return u;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
