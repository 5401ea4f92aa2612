import java.util.Random;
import java.util.stream.IntStream;

public class Solution {
    enum Kind { UNIFORM, LOG_UNIFORM, INTEGER }

    public static double[][] randomSearch(double[] low, double[] high, int[] kind, int trials, long seed) {
        Random r = new Random(seed);
        Kind[] kinds = IntStream.of(kind).mapToObj(k -> Kind.values()[k]).toArray(Kind[]::new);
        return IntStream.range(0, trials)
                .mapToObj(t -> IntStream.range(0, low.length).mapToDouble(j -> switch (kinds[j]) {
                    case INTEGER -> low[j] + r.nextInt((int) (high[j] - low[j]) + 1);
                    case LOG_UNIFORM -> Math.exp(Math.log(low[j]) + r.nextDouble() * (Math.log(high[j]) - Math.log(low[j])));
                    case UNIFORM -> low[j] + r.nextDouble() * (high[j] - low[j]);
                }).toArray())
                .toArray(double[][]::new);
    }
}
