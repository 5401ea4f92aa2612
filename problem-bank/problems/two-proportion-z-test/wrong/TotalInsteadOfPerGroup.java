public class Solution {
    public static double[] abTest(int convA, int nA, int convB, int nB, double zAlpha, double zBeta) {
        double pA = (double) convA / nA, pB = (double) convB / nB;
        // The test assumes H0 (equal rates), so its standard error uses the pooled rate.
        double pooled = (double) (convA + convB) / (nA + nB);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / nA + 1.0 / nB));
        double z = se == 0 ? 0 : (pB - pA) / se;
        double rejected = Math.abs(z) > zAlpha ? 1 : 0;
        // Planning: detect the observed difference with the given power, equal group sizes.
        double mean = (pA + pB) / 2;
        double numerator = zAlpha * Math.sqrt(2 * mean * (1 - mean)) + zBeta * Math.sqrt(pA * (1 - pA) + pB * (1 - pB));
        double delta = pB - pA;
        double n = delta == 0 ? Double.POSITIVE_INFINITY : 2 * numerator * numerator / (delta * delta);
        return new double[] { z, rejected, n };
    }
}
