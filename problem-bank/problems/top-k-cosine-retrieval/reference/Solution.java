import java.util.Arrays;

public class Solution {
    public static int[] topKCosine(double[][] docs, double[] query, int k) {
        int n = docs.length;
        int take = Math.min(k, n);
        double queryNorm = Math.sqrt(dot(query, query));
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            double norm = Math.sqrt(dot(docs[i], docs[i]));
            score[i] = (norm == 0 || queryNorm == 0) ? 0 : dot(docs[i], query) / (norm * queryNorm);
        }
        // Min-heap of the best `take` documents seen so far; its root is the weakest of them.
        int[] heap = new int[take];
        int size = 0;
        for (int i = 0; i < n && take > 0; i++) {
            if (size < take) {
                heap[size] = i;
                siftUp(heap, size++, score);
            } else if (better(i, heap[0], score)) {
                heap[0] = i;
                siftDown(heap, size, score);
            }
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) order[i] = heap[i];
        Arrays.sort(order, (a, b) -> better(a, b, score) ? -1 : better(b, a, score) ? 1 : 0);
        int[] result = new int[size];
        for (int i = 0; i < size; i++) result[i] = order[i];
        return result;
    }

    private static boolean better(int a, int b, double[] score) {
        return score[a] > score[b] || (score[a] == score[b] && a < b);
    }

    private static void siftUp(int[] heap, int at, double[] score) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!better(heap[parent], heap[at], score)) break;
            int t = heap[parent];
            heap[parent] = heap[at];
            heap[at] = t;
            at = parent;
        }
    }

    private static void siftDown(int[] heap, int size, double[] score) {
        int at = 0;
        while (true) {
            int left = 2 * at + 1, right = left + 1, worst = at;
            if (left < size && better(heap[worst], heap[left], score)) worst = left;
            if (right < size && better(heap[worst], heap[right], score)) worst = right;
            if (worst == at) return;
            int t = heap[worst];
            heap[worst] = heap[at];
            heap[at] = t;
            at = worst;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
