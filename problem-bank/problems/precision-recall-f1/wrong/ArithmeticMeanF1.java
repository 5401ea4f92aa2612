public class Solution {
    public static double[] precisionRecallF1(int[] yTrue, int[] yPred) {
        long tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < yTrue.length; i++) {
            if (yPred[i] == 1) {
                if (yTrue[i] == 1) tp++; else fp++;
            } else if (yTrue[i] == 1) {
                fn++;
            }
        }
        double precision = tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        double f1 = (precision + recall) / 2;
        return new double[] {precision, recall, f1};
    }
}
