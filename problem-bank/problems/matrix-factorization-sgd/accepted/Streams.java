import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class Solution {
    record Rating(int user, int item, double value) {
    }

    public static double[][] mfSgdEpoch(int[] users, int[] items, double[] ratings, double[][] P, double[][] Q,
            double learningRate, double reg) {
        double[][] p = Arrays.stream(P).map(double[]::clone).toArray(double[][]::new);
        double[][] q = Arrays.stream(Q).map(double[]::clone).toArray(double[][]::new);
        IntStream.range(0, ratings.length).mapToObj(t -> new Rating(users[t], items[t], ratings[t])).forEachOrdered(r -> {
            double[] pu = p[r.user()], qi = q[r.item()];
            double error = r.value() - IntStream.range(0, pu.length).mapToDouble(f -> pu[f] * qi[f]).sum();
            double[] oldP = pu.clone();
            IntStream.range(0, pu.length).forEach(f -> {
                pu[f] += learningRate * (error * qi[f] - reg * oldP[f]);
                qi[f] += learningRate * (error * oldP[f] - reg * qi[f]);
            });
        });
        return Stream.concat(Arrays.stream(p), Arrays.stream(q)).toArray(double[][]::new);
    }
}
