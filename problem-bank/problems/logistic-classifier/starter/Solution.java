public class Solution {

    /** Trains a logistic regression on (trainX, trainY) and returns a 0/1 prediction for each test row. */
    public static int[] fitPredict(double[][] trainX, int[] trainY, double[][] testX) {
        int[] predictions = new int[testX.length];
        // TODO: fit the weights by gradient descent, then threshold the predicted probability at 0.5.
        return predictions;
    }
}
