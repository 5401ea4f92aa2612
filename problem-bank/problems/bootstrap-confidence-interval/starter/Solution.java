public class Solution {
    public static double[] bootstrapCi(double[] data, int resamples, double confidence, long seed) {
        // TODO: resample with replacement using new Random(seed), sort the means, interpolate the percentiles
        return new double[3];
    }
}
