public class Solution {

    // Right answer, but every cell scans all samples.
    public static int[][] confusionMatrix(int[] actual, int[] predicted, int numClasses) {
        int[][] matrix = new int[numClasses][numClasses];
        for (int a = 0; a < numClasses; a++) {
            for (int p = 0; p < numClasses; p++) {
                for (int i = 0; i < actual.length; i++) {
                    if (actual[i] == a && predicted[i] == p) {
                        matrix[a][p]++;
                    }
                }
            }
        }
        return matrix;
    }
}
