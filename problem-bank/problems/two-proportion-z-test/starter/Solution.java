public class Solution {
    public static double[] abTest(int convA, int nA, int convB, int nB, double zAlpha, double zBeta) {
        // TODO: pooled z statistic, decision |z| > zAlpha, per-group sample size for the observed difference
        return new double[3];
    }
}
