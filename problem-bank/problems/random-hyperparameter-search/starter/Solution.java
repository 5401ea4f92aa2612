public class Solution {
    public static double[][] randomSearch(double[] low, double[] high, int[] kind, int trials, long seed) {
        // TODO: one Random(seed); per trial, per parameter: uniform, log-uniform or integer draw
        return new double[trials][low.length];
    }
}
