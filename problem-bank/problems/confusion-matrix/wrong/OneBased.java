public class Solution {

    public static int[][] confusionMatrix(int[] actual, int[] predicted, int numClasses) {
        int[][] matrix = new int[numClasses][numClasses];
        for (int i = 0; i < actual.length; i++) {
            matrix[actual[i] - 1][predicted[i] - 1]++;
        }
        return matrix;
    }
}
