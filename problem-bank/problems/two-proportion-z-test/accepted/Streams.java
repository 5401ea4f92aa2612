public class Solution {
    record Group(int conversions, int size) {
        double rate() {
            return (double) conversions / size;
        }

        double variance() {
            return rate() * (1 - rate());
        }
    }

    public static double[] abTest(int convA, int nA, int convB, int nB, double zAlpha, double zBeta) {
        Group a = new Group(convA, nA), b = new Group(convB, nB);
        Group pooled = new Group(convA + convB, nA + nB);
        double se = Math.sqrt(pooled.variance() * (1.0 / nA + 1.0 / nB));
        double z = se == 0 ? 0 : (b.rate() - a.rate()) / se;
        double mean = (a.rate() + b.rate()) / 2;
        double delta = b.rate() - a.rate();
        double n = delta == 0 ? Double.POSITIVE_INFINITY
                : Math.pow(zAlpha * Math.sqrt(2 * mean * (1 - mean)) + zBeta * Math.sqrt(a.variance() + b.variance()), 2) / (delta * delta);
        return new double[] { z, Math.abs(z) > zAlpha ? 1 : 0, n };
    }
}
