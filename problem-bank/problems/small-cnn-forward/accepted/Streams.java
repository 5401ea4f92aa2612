import java.util.Arrays;
import java.util.stream.IntStream;

public class Solution {
    public static double[] cnnForward(double[][] image, double[][] kernel, double bias, double[][] denseW, double[] denseB) {
        int ch = image.length - kernel.length + 1, cw = image[0].length - kernel[0].length + 1;
        double[][] conv = IntStream.range(0, ch)
                .mapToObj(i -> IntStream.range(0, cw).mapToDouble(j -> Math.max(0, bias + window(image, kernel, i, j))).toArray())
                .toArray(double[][]::new);
        int ph = ch / 2, pw = cw / 2;
        double[] flat = IntStream.range(0, ph * pw)
                .mapToDouble(f -> {
                    int i = f / pw, j = f % pw;
                    return Arrays.stream(new double[] { conv[2 * i][2 * j], conv[2 * i][2 * j + 1], conv[2 * i + 1][2 * j],
                            conv[2 * i + 1][2 * j + 1] }).max().getAsDouble();
                })
                .toArray();
        return IntStream.range(0, denseB.length)
                .mapToDouble(c -> denseB[c] + IntStream.range(0, flat.length).mapToDouble(f -> denseW[c][f] * flat[f]).sum())
                .toArray();
    }

    private static double window(double[][] image, double[][] kernel, int i, int j) {
        double s = 0;
        for (int a = 0; a < kernel.length; a++)
            for (int b = 0; b < kernel[0].length; b++) s += kernel[a][b] * image[i + a][j + b];
        return s;
    }
}
