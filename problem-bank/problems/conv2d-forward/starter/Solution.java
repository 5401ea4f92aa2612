public class Solution {
    public static double[][] conv2d(double[][] input, double[][] kernel, int stride, int padding) {
        // TODO: zero-pad, slide the kernel with the given stride, sum elementwise products
        return new double[0][];
    }
}
