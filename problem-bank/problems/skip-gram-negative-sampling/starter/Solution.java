public class Solution {
    public static double[][] sgnsStep(double[][] inputVectors, double[][] outputVectors, int center, int context,
            int[] negatives, double learningRate) {
        // TODO: copy both matrices, apply one SGD step to v_center, u_context and each u_negative, append the loss
        int v = inputVectors.length;
        double[][] out = new double[2 * v + 1][];
        for (int w = 0; w < v; w++) {
            out[w] = inputVectors[w].clone();
            out[v + w] = outputVectors[w].clone();
        }
        out[2 * v] = new double[] { 0.0 };
        return out;
    }
}
