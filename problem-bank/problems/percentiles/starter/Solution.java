public class Solution {

    /** The q-th percentiles of data, numpy's default linear interpolation. */
    public static double[] percentiles(double[] data, double[] q) {
        double[] result = new double[q.length];
        // TODO: sort a copy, then interpolate between neighbours.
        return result;
    }
}
