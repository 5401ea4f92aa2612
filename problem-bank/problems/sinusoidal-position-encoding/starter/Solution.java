public class Solution {
    public static double[][] positionalEncoding(int positions, int dModel, double base) {
        // TODO: sin in even columns, cos in odd columns, frequency base^(-2i/dModel) per pair
        return new double[positions][dModel];
    }
}
