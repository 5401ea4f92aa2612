import java.util.ArrayList;
import java.util.List;

public class Solution {

    // Correct, but remove(0) shifts the whole list every time: quadratic in d.
    public static double distance(double[] a, double[] b) {
        List<Double> left = new ArrayList<>();
        List<Double> right = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            left.add(a[i]);
            right.add(b[i]);
        }
        double sum = 0;
        while (!left.isEmpty()) {
            double diff = left.remove(0) - right.remove(0);
            sum += diff * diff;
        }
        return Math.sqrt(sum);
    }
}
