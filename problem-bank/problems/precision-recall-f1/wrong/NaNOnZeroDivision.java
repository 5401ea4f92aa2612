public class Solution {
    public static double[] precisionRecallF1(int[] yTrue, int[] yPred) {
        double tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < yTrue.length; i++) {
            if (yPred[i] == 1 && yTrue[i] == 1) tp++;
            if (yPred[i] == 1 && yTrue[i] == 0) fp++;
            if (yPred[i] == 0 && yTrue[i] == 1) fn++;
        }
        double precision = tp / (tp + fp);
        double recall = tp / (tp + fn);
        double f1 = 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }
}
