import java.util.Arrays;
import java.util.List;

public class Solution {

    public static double[] standardize(double[] data) {
        List<Double> present = Arrays.stream(data).filter(v -> !Double.isNaN(v)).boxed().toList();
        double mean = present.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double std = Math.sqrt(present.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0));
        return Arrays.stream(data).map(v -> Double.isNaN(v) ? Double.NaN : (std > 0 ? (v - mean) / std : 0.0)).toArray();
    }
}
