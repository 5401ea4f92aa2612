import java.util.Arrays;

// Debug prints every filled cell (over 64 KiB on the large test).
public class Solution {

    public static double[] forwardFill(double[] values, int limit) {
        double[] out = Arrays.copyOf(values, values.length);
        int lastSeen = -1;
        for (int i = 0; i < out.length; i++) {
            if (!Double.isNaN(values[i])) {
                lastSeen = i;
            }
            else if (lastSeen >= 0 && (limit <= 0 || i - lastSeen <= limit)) {
                out[i] = values[lastSeen];
                if (i % 8 == 0) {
                    System.out.printf("filled %d from %d with %.3f%n", i, lastSeen, values[lastSeen]);
                }
            }
        }
        return out;
    }
}
