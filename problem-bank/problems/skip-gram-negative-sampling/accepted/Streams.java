import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class Solution {
    public static double[][] sgnsStep(double[][] inputVectors, double[][] outputVectors, int center, int context,
            int[] negatives, double learningRate) {
        int v = inputVectors.length, d = inputVectors[0].length;
        double[][] in = Arrays.stream(inputVectors).map(double[]::clone).toArray(double[][]::new);
        double[][] out = Arrays.stream(outputVectors).map(double[]::clone).toArray(double[][]::new);
        double[] c = inputVectors[center];
        double[] gradCenter = new double[d];
        double positive = dot(outputVectors[context], c);
        double loss = Math.log1p(Math.exp(-Math.abs(positive))) + Math.max(-positive, 0)
                + Arrays.stream(negatives).mapToDouble(k -> {
                    double s = dot(outputVectors[k], c);
                    return Math.log1p(Math.exp(-Math.abs(s))) + Math.max(s, 0);
                }).sum();
        double g = sigmoid(positive) - 1;
        IntStream.range(0, d).forEach(i -> {
            gradCenter[i] += g * outputVectors[context][i];
            out[context][i] -= learningRate * g * c[i];
        });
        Arrays.stream(negatives).forEach(k -> {
            double gk = sigmoid(dot(outputVectors[k], c));
            IntStream.range(0, d).forEach(i -> {
                gradCenter[i] += gk * outputVectors[k][i];
                out[k][i] -= learningRate * gk * c[i];
            });
        });
        IntStream.range(0, d).forEach(i -> in[center][i] -= learningRate * gradCenter[i]);
        return Stream.of(Arrays.stream(in), Arrays.stream(out), Stream.of(new double[] { loss }))
                .flatMap(s -> s)
                .toArray(double[][]::new);
    }

    private static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    private static double dot(double[] a, double[] b) {
        return IntStream.range(0, a.length).mapToDouble(i -> a[i] * b[i]).sum();
    }
}
