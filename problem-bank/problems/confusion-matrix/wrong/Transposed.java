public class Solution {

    public static int[][] confusionMatrix(int[] actual, int[] predicted, int numClasses) {
        int[][] matrix = new int[numClasses][numClasses];
        for (int i = 0; i < actual.length; i++) {
            matrix[predicted[i]][actual[i]]++;
        }
        return matrix;
    }
}
