import java.util.Arrays;
import java.util.OptionalDouble;

public class Solution {

    public static double[] standardize(double[] data) {
        OptionalDouble mean = Arrays.stream(data).filter(v -> !Double.isNaN(v)).average();
        if (mean.isEmpty()) {
            return data.clone();
        }
        double mu = mean.getAsDouble();
        double sigma = Math.sqrt(Arrays.stream(data).filter(v -> !Double.isNaN(v)).map(v -> (v - mu) * (v - mu)).average().orElse(0));
        System.out.println("mean = %.6f, std = %.6f".formatted(mu, sigma));
        return Arrays.stream(data).map(v -> Double.isNaN(v) ? v : sigma > 0 ? (v - mu) / sigma : 0.0).toArray();
    }
}
