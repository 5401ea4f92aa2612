public class Solution {
    public static double[][] activations(double[] z) {
        // TODO: rows: relu(z), relu'(z), sigmoid(z), sigmoid'(z)
        return new double[4][z.length];
    }
}
