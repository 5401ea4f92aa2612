import java.util.ArrayList;
import java.util.List;

public class Solution {

    record Residual(double truth, double prediction) {
        double squared() {
            double e = truth - prediction;
            return e * e;
        }
    }

    public static double mse(double[] yTrue, double[] yPred) {
        List<Residual> residuals = new ArrayList<>();
        for (int i = 0; i < yTrue.length; i++) {
            residuals.add(new Residual(yTrue[i], yPred[i]));
        }
        if (residuals.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (Residual r : residuals) {
            sum += r.squared();
        }
        String summary = String.format("n=%d mse=%.3f", residuals.size(), sum / residuals.size());
        System.out.println(summary);
        return sum / residuals.size();
    }
}
