import java.util.Arrays;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class Solution {
    public static double[][] int8RoundTrip(double[][] W, boolean perRow) {
        double tensorMax = Arrays.stream(W).flatMapToDouble(DoubleStream::of).map(Math::abs).max().orElse(0);
        double[][] back = Arrays.stream(W).map(w -> {
            double scale = (perRow ? DoubleStream.of(w).map(Math::abs).max().orElse(0) : tensorMax) / 127.0;
            return DoubleStream.of(w)
                    .map(v -> scale == 0 ? 0 : Math.max(-127, Math.min(127, Math.rint(v / scale))) * scale)
                    .toArray();
        }).toArray(double[][]::new);
        double worst = IntStream.range(0, W.length)
                .mapToObj(i -> IntStream.range(0, W[i].length).mapToDouble(j -> Math.abs(W[i][j] - back[i][j])))
                .flatMapToDouble(errors -> errors)
                .max().orElse(0);
        return Stream.concat(Arrays.stream(back), Stream.of(new double[] { worst })).toArray(double[][]::new);
    }
}
