public class Solution {

    /** Predicts a label for every row of testX by a majority vote of its k nearest training rows. */
    public static int[] predict(double[][] trainX, int[] trainY, double[][] testX, int k) {
        int[] predictions = new int[testX.length];
        // TODO: find the k nearest training rows for each test row and let them vote.
        return predictions;
    }
}
