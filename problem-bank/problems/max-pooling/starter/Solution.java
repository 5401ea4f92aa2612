public class Solution {
    public static double[][] maxPool(double[][] input, int size, int stride) {
        // TODO: maximum over each size x size window, moving by stride
        return new double[0][];
    }
}
