public class Solution {

    /** Rows are actual classes, columns predicted classes. */
    public static int[][] confusionMatrix(int[] actual, int[] predicted, int numClasses) {
        int[][] matrix = new int[numClasses][numClasses];
        // TODO: count each (actual, predicted) pair.
        return matrix;
    }
}
