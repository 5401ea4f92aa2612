public class Solution {
    public static double recallAtK(double[][] base, double[][] queries, int[][] approx, int k) {
        int n = base.length, take = Math.min(k, n);
        double[] dist = new double[n];
        int[] heap = new int[take];
        boolean[] inExact = new boolean[n];
        boolean[] counted = new boolean[n];
        double total = 0;
        for (int q = 0; q < queries.length; q++) {
            for (int i = 0; i < n; i++) dist[i] = squaredDistance(base[i], queries[q]);
            // Max-heap of the `take` nearest so far; the root is the farthest of them.
            int size = 0;
            for (int i = 0; i < n; i++) {
                if (size < take) {
                    heap[size] = i;
                    up(heap, size++, dist);
                } else if (nearer(i, heap[0], dist)) {
                    heap[0] = i;
                    down(heap, size, dist);
                }
            }
            for (int i = 0; i < size; i++) inExact[heap[i]] = true;
            int hits = 0;
            int[] answer = approx[q];
            int depth = Math.min(k, answer.length);
            for (int i = 0; i < depth; i++) {
                int id = answer[i];
                if (inExact[id] && !counted[id]) hits++;
                counted[id] = true;
            }
            for (int i = 0; i < depth; i++) counted[answer[i]] = false;
            for (int i = 0; i < size; i++) inExact[heap[i]] = false;
            total += (double) hits / take;
        }
        return total / queries.length;
    }

    private static boolean nearer(int a, int b, double[] dist) {
        return dist[a] < dist[b] || (dist[a] == dist[b] && a < b);
    }

    private static void up(int[] heap, int at, double[] dist) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!nearer(heap[parent], heap[at], dist)) break;
            int t = heap[parent];
            heap[parent] = heap[at];
            heap[at] = t;
            at = parent;
        }
    }

    private static void down(int[] heap, int size, double[] dist) {
        int at = 0;
        while (true) {
            int left = 2 * at + 1, right = left + 1, far = at;
            if (left < size && nearer(heap[far], heap[left], dist)) far = left;
            if (right < size && nearer(heap[far], heap[right], dist)) far = right;
            if (far == at) return;
            int t = heap[far];
            heap[far] = heap[at];
            heap[at] = t;
            at = far;
        }
    }

    private static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return s;
    }
}
