public class Solution {
    public static int chooseK(double[][] trainX, int[] trainY, double[][] valX, int[] valY, int[] candidates) {
        // TODO: validation accuracy of KNN for every candidate k; return the best k (smallest on ties)
        return -1;
    }
}
