import java.util.stream.IntStream;

public class Solution {

    public static double[][] maxPool(double[][] x, int size, int stride) {
        int h = x.length;
        int w = (h == 0) ? 0 : x[0].length;
        if (h < size || w < size) {
            return new double[0][];
        }
        int outH = (h - size) / stride + 1;
        int outW = (w - size) / stride + 1;
        return IntStream.range(0, outH)
            .mapToObj(i -> IntStream.range(0, outW).mapToDouble(j -> windowMax(x, i * stride, j * stride, size)).toArray())
            .toArray(double[][]::new);
    }

    private static double windowMax(double[][] x, int top, int left, int size) {
        return IntStream.range(top, top + size)
            .mapToDouble(r -> IntStream.range(left, left + size).mapToDouble(c -> x[r][c]).max().getAsDouble())
            .max()
            .getAsDouble();
    }
}
