import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

public class Solution {

    record Neighbour(int index, double distance) {
    }

    public static double[][] smote(double[][] minority, int k, int[] baseIndex, int[] neighborRank, double[] gaps) {
        Map<Integer, List<Integer>> neighbours = new HashMap<>();
        return IntStream.range(0, baseIndex.length).mapToObj(s -> {
            int base = baseIndex[s];
            List<Integer> near = neighbours.computeIfAbsent(base, b -> IntStream.range(0, minority.length)
                .filter(j -> j != b)
                .mapToObj(j -> new Neighbour(j, squaredDistance(minority[j], minority[b])))
                .sorted(Comparator.comparingDouble(Neighbour::distance).thenComparingInt(Neighbour::index))
                .limit(k)
                .map(Neighbour::index)
                .toList());
            double[] x = minority[base];
            double[] z = minority[near.get(neighborRank[s])];
            return IntStream.range(0, x.length).mapToDouble(f -> x[f] + gaps[s] * (z[f] - x[f])).toArray();
        }).toArray(double[][]::new);
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int f = 0; f < a.length; f++) {
            sum += (a[f] - b[f]) * (a[f] - b[f]);
        }
        return sum;
    }
}
