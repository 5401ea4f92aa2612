public class Solution {
    public static double[][] sgnsStep(double[][] inputVectors, double[][] outputVectors, int center, int context,
            int[] negatives, double learningRate) {
        int v = inputVectors.length, d = inputVectors[0].length;
        double[][] out = new double[2 * v + 1][];
        for (int w = 0; w < v; w++) {
            out[w] = inputVectors[w].clone();
            out[v + w] = outputVectors[w].clone();
        }
        double[] c = inputVectors[center];
        double[] gradCenter = new double[d];
        // Every gradient is taken at the old parameters; repeated words simply add up.
        double positive = dot(outputVectors[context], c);
        double loss = -logSigmoid(positive);
        double g = sigmoid(positive) - 1;
        for (int i = 0; i < d; i++) {
            gradCenter[i] += g * outputVectors[context][i];
            out[v + context][i] -= learningRate * g * c[i];
        }
        for (int k : negatives) {
            double score = dot(outputVectors[k], c);
            loss -= logSigmoid(-score);
            double gk = sigmoid(score) - 1;
            for (int i = 0; i < d; i++) {
                gradCenter[i] += gk * outputVectors[k][i];
                out[v + k][i] -= learningRate * gk * c[i];
            }
        }
        for (int i = 0; i < d; i++) out[center][i] -= learningRate * gradCenter[i];
        out[2 * v] = new double[] { loss };
        return out;
    }

    private static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    /** log(sigmoid(x)) without overflow or log(0): -log(1 + e^{-x}). */
    private static double logSigmoid(double x) {
        return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
