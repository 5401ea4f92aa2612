import java.util.Arrays;

public class Solution {
    public static int[] beamSearch(double[] startScores, double[][] transitionScores, int length, int beamWidth) {
        int v = startScores.length;
        // Step 0: the best tokens by their start score, ties by the lower token.
        int beams = Math.min(beamWidth, v);
        double[] all = startScores;
        int[] picked = topCandidates(all, v, beams);
        int[][] sequences = new int[beams][];
        double[] scores = new double[beams];
        for (int b = 0; b < beams; b++) {
            sequences[b] = new int[] { picked[b] };
            scores[b] = startScores[picked[b]];
        }
        double[] candidates = new double[beamWidth * v];
        for (int step = 1; step < length; step++) {
            int count = beams * v;
            for (int b = 0; b < beams; b++) {
                double[] row = transitionScores[sequences[b][step - 1]];
                for (int t = 0; t < v; t++) candidates[b * v + t] = row[t];
            }
            int next = Math.min(beamWidth, count);
            picked = topCandidates(candidates, count, next);
            int[][] nextSequences = new int[next][];
            double[] nextScores = new double[next];
            for (int i = 0; i < next; i++) {
                int parent = picked[i] / v, token = picked[i] % v;
                int[] sequence = Arrays.copyOf(sequences[parent], step + 1);
                sequence[step] = token;
                nextSequences[i] = sequence;
                nextScores[i] = candidates[picked[i]];
            }
            sequences = nextSequences;
            scores = nextScores;
            beams = next;
        }
        return sequences[0];
    }

    /** Indices of the k best of the first n scores, best first; equal scores prefer the lower index. */
    private static int[] topCandidates(double[] score, int n, int k) {
        int[] heap = new int[k];
        int size = 0;
        for (int c = 0; c < n; c++) {
            if (size < k) {
                heap[size] = c;
                int at = size++;
                while (at > 0 && better(heap[(at - 1) / 2], heap[at], score)) {
                    swap(heap, at, (at - 1) / 2);
                    at = (at - 1) / 2;
                }
            } else if (better(c, heap[0], score)) {
                heap[0] = c;
                int at = 0;
                while (true) {
                    int l = 2 * at + 1, r = l + 1, worst = at;
                    if (l < size && better(heap[worst], heap[l], score)) worst = l;
                    if (r < size && better(heap[worst], heap[r], score)) worst = r;
                    if (worst == at) break;
                    swap(heap, at, worst);
                    at = worst;
                }
            }
        }
        // The heap's root is its worst element: take elements out from worst to best.
        int[] out = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            out[i] = heap[0];
            heap[0] = heap[--size];
            int at = 0;
            while (true) {
                int l = 2 * at + 1, r = l + 1, worst = at;
                if (l < size && better(heap[worst], heap[l], score)) worst = l;
                if (r < size && better(heap[worst], heap[r], score)) worst = r;
                if (worst == at) break;
                swap(heap, at, worst);
                at = worst;
            }
        }
        return out;
    }

    private static boolean better(int a, int b, double[] score) {
        return score[a] > score[b] || (score[a] == score[b] && a < b);
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
