import java.util.Arrays;

public class Solution {

    public static double[][] cosineSimilarity(double[][] A, double[][] B) {
        var unitA = Arrays.stream(A).map(Solution::unit).toArray(double[][]::new);
        var unitB = Arrays.stream(B).map(Solution::unit).toArray(double[][]::new);
        var S = new double[A.length][B.length];
        for (int i = 0; i < A.length; i++) {
            for (int j = 0; j < B.length; j++) {
                if (unitA[i] == null || unitB[j] == null) {
                    continue;
                }
                double dot = 0;
                for (int f = 0; f < unitA[i].length; f++) {
                    dot += unitA[i][f] * unitB[j][f];
                }
                S[i][j] = dot;
            }
        }
        return S;
    }

    /** The row scaled to length 1, or null for the zero vector. */
    private static double[] unit(double[] row) {
        double norm = Math.sqrt(Arrays.stream(row).map(v -> v * v).sum());
        return norm == 0 ? null : Arrays.stream(row).map(v -> v / norm).toArray();
    }
}
