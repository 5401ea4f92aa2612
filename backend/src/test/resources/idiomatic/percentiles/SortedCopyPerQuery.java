import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class Solution {

    public static double[] percentiles(double[] data, double[] q) {
        List<Double> values = new ArrayList<>();
        for (double v : data) {
            values.add(v);
        }
        Collections.sort(values);
        double[] out = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            double rank = (values.size() - 1) * q[i] / 100.0;
            int below = (int) Math.floor(rank);
            out[i] = below >= values.size() - 1
                    ? values.get(values.size() - 1)
                    : values.get(below) + (rank - below) * (values.get(below + 1) - values.get(below));
        }
        return out;
    }
}
