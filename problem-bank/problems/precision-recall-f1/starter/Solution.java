public class Solution {
    public static double[] scores(int[] yTrue, int[] yPred, boolean macro) {
        // TODO: {precision, recall, f1}, binary (positive label 1) or macro-averaged over classes
        return new double[3];
    }
}
