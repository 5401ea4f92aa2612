public class Solution {
    public static double[] forwardFill(double[] values, int limit) {
        // TODO: replace each NaN by the last observed value before it (respecting limit)
        return values.clone();
    }
}
