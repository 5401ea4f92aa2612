public class Solution {
    public static int[] sampleTokens(double[][] logits, double temperature, int topK, double topP, double[] draws) {
        int steps = logits.length;
        int[] chosen = new int[steps];
        for (int t = 0; t < steps; t++) {
            double[] z = logits[t];
            int v = z.length;
            if (temperature == 0) {
                int best = 0;
                for (int j = 1; j < v; j++) if (z[j] > z[best]) best = j;
                chosen[t] = best;
                continue;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double x : z) max = Math.max(max, x);
            double[] p = new double[v];
            double sum = 0;
            for (int j = 0; j < v; j++) {
                p[j] = Math.exp((z[j] - max) / temperature);
                sum += p[j];
            }
            for (int j = 0; j < v; j++) p[j] /= sum;
            int[] order = new int[v];
            for (int j = 0; j < v; j++) order[j] = j;
            sortByProbability(order, p, new int[v], 0, v);
            int kept = v;
            double keptMass = 1.0;
            // Nucleus: the shortest prefix whose mass, renormalised over the top-k survivors, reaches topP.
            double cumulative = 0;
            int nucleus = kept;
            for (int r = 0; r < kept; r++) {
                cumulative += p[order[r]] / keptMass;
                if (cumulative >= topP) {
                    nucleus = r + 1;
                    break;
                }
            }
            if (topK > 0) nucleus = Math.min(nucleus, topK);
            double nucleusMass = 0;
            for (int r = 0; r < nucleus; r++) nucleusMass += p[order[r]];
            double u = draws[t];
            int pick = order[nucleus - 1];
            cumulative = 0;
            for (int r = 0; r < nucleus; r++) {
                cumulative += p[order[r]] / nucleusMass;
                if (cumulative > u) {
                    pick = order[r];
                    break;
                }
            }
            chosen[t] = pick;
        }
        return chosen;
    }

    /** Merge sort of token ids by probability, descending; equal probabilities keep the lower id first. */
    private static void sortByProbability(int[] a, double[] p, int[] buffer, int from, int to) {
        if (to - from < 2) return;
        int mid = (from + to) >>> 1;
        sortByProbability(a, p, buffer, from, mid);
        sortByProbability(a, p, buffer, mid, to);
        int i = from, j = mid, k = from;
        while (i < mid && j < to) buffer[k++] = (p[a[j]] > p[a[i]]) ? a[j++] : a[i++];
        while (i < mid) buffer[k++] = a[i++];
        while (j < to) buffer[k++] = a[j++];
        System.arraycopy(buffer, from, a, from, to - from);
    }
}
