public class Solution {
    public static double[][] activations(double[] x) {
        // TODO: rows relu, relu', sigmoid, sigmoid'
        return new double[4][x.length];
    }
}
