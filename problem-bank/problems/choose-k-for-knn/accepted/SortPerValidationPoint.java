import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {

    record Neighbour(int index, double distance) {
    }

    public static int chooseK(double[][] trainX, int[] trainY, double[][] valX, int[] valY, int[] candidates) {
        Map<Integer, Integer> correct = new TreeMap<>();
        for (int k : candidates) {
            correct.put(k, 0);
        }
        for (int v = 0; v < valX.length; v++) {
            double[] query = valX[v];
            List<Integer> order = IntStream.range(0, trainX.length)
                .mapToObj(i -> new Neighbour(i, squaredDistance(trainX[i], query)))
                .sorted(Comparator.comparingDouble(Neighbour::distance).thenComparingInt(Neighbour::index))
                .map(Neighbour::index)
                .collect(Collectors.toCollection(ArrayList::new));
            for (int k : correct.keySet()) {
                Map<Integer, Long> votes = order.subList(0, Math.min(k, order.size()))
                    .stream()
                    .collect(Collectors.groupingBy(i -> trainY[i], TreeMap::new, Collectors.counting()));
                int predicted = votes.entrySet()
                    .stream()
                    .max(Map.Entry.<Integer, Long>comparingByValue()
                        .thenComparing(Map.Entry.<Integer, Long>comparingByKey().reversed()))
                    .get()
                    .getKey();
                if (predicted == valY[v]) {
                    correct.merge(k, 1, Integer::sum);
                }
            }
        }
        return correct.entrySet()
            .stream()
            .max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.<Integer, Integer>comparingByKey().reversed()))
            .get()
            .getKey();
    }

    private static double squaredDistance(double[] a, double[] b) {
        return IntStream.range(0, a.length).mapToDouble(f -> (a[f] - b[f]) * (a[f] - b[f])).sum();
    }
}
