import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

public class Solution {

    record Row(double[] values, double norm) {
        static Row of(double[] values) {
            return new Row(values, Math.sqrt(Arrays.stream(values).map(v -> v * v).sum()));
        }

        double cosine(Row other) {
            if (norm == 0 || other.norm == 0) {
                return 0.0;
            }
            double dot = IntStream.range(0, values.length).mapToDouble(f -> values[f] * other.values[f]).sum();
            return dot / (norm * other.norm);
        }
    }

    public static double[][] cosineSimilarity(double[][] A, double[][] B) {
        List<Row> left = Arrays.stream(A).map(Row::of).toList();
        List<Row> right = Arrays.stream(B).map(Row::of).toList();
        return left.stream()
            .map(a -> right.stream().mapToDouble(a::cosine).toArray())
            .toArray(double[][]::new);
    }
}
