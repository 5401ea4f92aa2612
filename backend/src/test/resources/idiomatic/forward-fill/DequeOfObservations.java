import java.util.ArrayDeque;
import java.util.Deque;

public class Solution {

    record Seen(int index, double value) {
    }

    public static double[] forwardFill(double[] values, int limit) {
        Deque<Seen> history = new ArrayDeque<>();
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                history.push(new Seen(i, values[i]));
                out[i] = values[i];
                continue;
            }
            Seen last = history.peek();
            boolean fill = last != null && (limit <= 0 || i - last.index() <= limit);
            out[i] = fill ? last.value() : Double.NaN;
        }
        return out;
    }
}
