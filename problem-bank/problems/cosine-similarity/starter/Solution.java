public class Solution {
    public static double[][] cosineSimilarity(double[][] A, double[][] B) {
        // TODO: S[i][j] = (A[i] . B[j]) / (|A[i]| |B[j]|), 0 for zero vectors
        return new double[A.length][B.length];
    }
}
