import java.util.Arrays;
import java.util.List;

public class Solution {

    public static double[] removeOutliers(double[] data, double threshold) {
        if (data.length == 0) {
            return new double[0];
        }
        List<Double> values = Arrays.stream(data).boxed().toList();
        double mean = values.stream().reduce(0.0, Double::sum) / values.size();
        double std = Math.sqrt(values.stream().map(x -> (x - mean) * (x - mean)).reduce(0.0, Double::sum) / values.size());
        if (std == 0) {
            return data.clone();
        }
        return values.stream().filter(x -> Math.abs(x - mean) / std <= threshold).mapToDouble(Double::doubleValue).toArray();
    }
}
