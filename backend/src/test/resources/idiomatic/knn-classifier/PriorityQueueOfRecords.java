import java.util.*;

// A bounded max-heap of the k nearest neighbours per query: the heap's head is the worst kept.
public class Solution {

    record Neighbour(int index, double distance) {
    }

    private static final Comparator<Neighbour> NEAREST_FIRST = Comparator.comparingDouble(Neighbour::distance)
        .thenComparingInt(Neighbour::index);

    public static int[] predict(double[][] trainX, int[] trainY, double[][] testX, int k) {
        var predictions = new int[testX.length];
        for (int q = 0; q < testX.length; q++) {
            var heap = new PriorityQueue<Neighbour>(NEAREST_FIRST.reversed());
            for (int i = 0; i < trainX.length; i++) {
                var candidate = new Neighbour(i, squaredDistance(trainX[i], testX[q]));
                if (heap.size() < k) {
                    heap.add(candidate);
                }
                else if (NEAREST_FIRST.compare(candidate, heap.peek()) < 0) {
                    heap.poll();
                    heap.add(candidate);
                }
            }
            var votes = new TreeMap<Integer, Integer>();
            heap.forEach(n -> votes.merge(trainY[n.index()], 1, Integer::sum));
            int top = Collections.max(votes.values());
            predictions[q] = votes.entrySet().stream().filter(e -> e.getValue() == top).findFirst().get().getKey();
            if (q < 3) {
                System.out.println("query " + q + " votes " + votes);
            }
        }
        return predictions;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int t = 0; t < a.length; t++) {
            s += (a[t] - b[t]) * (a[t] - b[t]);
        }
        return s;
    }
}
