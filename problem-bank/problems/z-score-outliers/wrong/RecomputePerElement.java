import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static double[] removeOutliers(double[] data, double threshold) {
        List<Double> kept = new ArrayList<>();
        for (int i = 0; i < data.length; i++) {
            double sum = 0;
            for (double x : data) sum += x;
            double mean = sum / data.length;
            double ss = 0;
            for (double x : data) ss += (x - mean) * (x - mean);
            double std = Math.sqrt(ss / data.length);
            if (std == 0 || Math.abs(data[i] - mean) / std <= threshold) kept.add(data[i]);
        }
        double[] out = new double[kept.size()];
        for (int i = 0; i < out.length; i++) out[i] = kept.get(i);
        return out;
    }
}
