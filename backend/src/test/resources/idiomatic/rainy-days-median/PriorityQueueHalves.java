import java.util.Collections;
import java.util.PriorityQueue;

// Two heaps keep the lower and upper halves: the running-median idiom.
public class Solution {

    public static double rainyDaysMedian(double[] precipitation) {
        PriorityQueue<Double> lower = new PriorityQueue<>(Collections.reverseOrder());
        PriorityQueue<Double> upper = new PriorityQueue<>();
        for (double p : precipitation) {
            if (!(p > 0)) {
                continue;
            }
            if (lower.isEmpty() || p <= lower.peek()) {
                lower.add(p);
            }
            else {
                upper.add(p);
            }
            if (lower.size() > upper.size() + 1) {
                upper.add(lower.poll());
            }
            else if (upper.size() > lower.size()) {
                lower.add(upper.poll());
            }
        }
        if (lower.isEmpty()) {
            return 0.0;
        }
        return lower.size() > upper.size() ? lower.peek() : (lower.peek() + upper.peek()) / 2.0;
    }
}
