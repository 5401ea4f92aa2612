import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public class Solution {

    record Observed(int index, double value) {
    }

    public static double[] forwardFill(double[] values, int limit) {
        List<Double> out = new ArrayList<>();
        Optional<Observed> last = Optional.empty();
        for (int i = 0; i < values.length; i++) {
            int at = i;
            if (!Double.isNaN(values[i])) {
                last = Optional.of(new Observed(i, values[i]));
                out.add(values[i]);
            }
            else {
                out.add(last.filter(o -> limit <= 0 || at - o.index() <= limit)
                    .map(Observed::value)
                    .orElse(Double.NaN));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
