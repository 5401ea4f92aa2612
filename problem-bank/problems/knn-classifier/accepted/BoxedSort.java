import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Solution {

    record Neighbour(int index, double distance) {
    }

    public static int[] predict(double[][] trainX, int[] trainY, double[][] testX, int k) {
        int[] predictions = new int[testX.length];
        for (int q = 0; q < testX.length; q++) {
            List<Neighbour> neighbours = new ArrayList<>();
            for (int i = 0; i < trainX.length; i++) {
                neighbours.add(new Neighbour(i, squaredDistance(trainX[i], testX[q])));
            }
            neighbours.sort(Comparator.comparingDouble(Neighbour::distance).thenComparingInt(Neighbour::index));
            Map<Integer, Integer> votes = new TreeMap<>();
            for (Neighbour n : neighbours.subList(0, k)) {
                votes.merge(trainY[n.index()], 1, Integer::sum);
            }
            int best = Integer.MIN_VALUE;
            int bestVotes = 0;
            for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
                if (e.getValue() > bestVotes) {
                    best = e.getKey();
                    bestVotes = e.getValue();
                }
            }
            predictions[q] = best;
        }
        return predictions;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int t = 0; t < a.length; t++) {
            sum += (a[t] - b[t]) * (a[t] - b[t]);
        }
        return sum;
    }
}
