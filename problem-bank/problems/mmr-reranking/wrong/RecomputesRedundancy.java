public class Solution {
    public static int[] mmr(double[][] docs, double[] query, int k, double lambda) {
        int n = docs.length, take = Math.min(k, n);
        double[][] unit = new double[n][];
        for (int i = 0; i < n; i++) unit[i] = normalised(docs[i]);
        double[] q = normalised(query);
        boolean[] selected = new boolean[n];
        int[] result = new int[take];
        for (int r = 0; r < take; r++) {
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < n; i++) {
                if (selected[i]) continue;
                double penalty = 0;
                for (int s = 0; s < r; s++) {
                    double sim = dot(unit[i], unit[result[s]]);
                    if (s == 0 || sim > penalty) penalty = sim;
                }
                double score = lambda * dot(unit[i], q) - (1 - lambda) * penalty;
                if (best < 0 || score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            selected[best] = true;
            result[r] = best;
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
