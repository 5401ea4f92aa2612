import java.util.stream.IntStream;

public class Solution {
    public static double[][] positionalEncoding(int positions, int dModel, double base) {
        return IntStream.range(0, positions)
                .mapToObj(p -> IntStream.range(0, dModel).mapToDouble(j -> {
                    double angle = p / Math.pow(base, (double) (j / 2 * 2) / dModel);
                    return j % 2 == 0 ? Math.sin(angle) : Math.cos(angle);
                }).toArray())
                .toArray(double[][]::new);
    }
}
