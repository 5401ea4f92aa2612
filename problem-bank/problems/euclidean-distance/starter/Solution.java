public class Solution {

    /** The Euclidean (L2) distance between two points of the same dimension. */
    public static double distance(double[] a, double[] b) {
        // TODO: sum the squared differences and take the square root.
        return -1;
    }
}
