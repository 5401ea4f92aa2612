public class Solution {
    static double[] norms(double[][] M) {
        double[] out = new double[M.length];
        for (int i = 0; i < M.length; i++) {
            double s = 0;
            for (double v : M[i]) s += v * v;
            out[i] = Math.sqrt(s);
        }
        return out;
    }

    public static double[][] cosineSimilarity(double[][] A, double[][] B) {
        double[] na = norms(A), nb = norms(B);
        double[][] S = new double[A.length][B.length];
        for (int i = 0; i < A.length; i++) {
            for (int j = 0; j < B.length; j++) {
                if (na[i] == 0 || nb[j] == 0) continue;
                double dot = 0;
                for (int f = 0; f < A[i].length; f++) dot += A[i][f] * B[j][f];
                S[i][j] = dot / (na[i] * nb[j]);
            }
        }
        return S;
    }
}
