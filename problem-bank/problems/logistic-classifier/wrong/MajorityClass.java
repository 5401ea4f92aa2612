public class Solution {

    // Ignores the features: predicts the most frequent training label (0 on a tie).
    public static int[] fitPredict(double[][] trainX, int[] trainY, double[][] testX) {
        int ones = 0;
        for (int label : trainY) {
            ones += label;
        }
        int majority = (2 * ones > trainY.length) ? 1 : 0;
        int[] predictions = new int[testX.length];
        java.util.Arrays.fill(predictions, majority);
        return predictions;
    }
}
