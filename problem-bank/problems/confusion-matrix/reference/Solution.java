public class Solution {

    public static int[][] confusionMatrix(int[] actual, int[] predicted, int numClasses) {
        int[][] matrix = new int[numClasses][numClasses];
        for (int i = 0; i < actual.length; i++) {
            matrix[actual[i]][predicted[i]]++;
        }
        return matrix;
    }
}
