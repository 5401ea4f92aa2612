public class Solution {
    public static int[] sampleTokens(double[][] logits, double temperature, int topK, double topP, double[] draws) {
        // TODO: greedy when temperature is 0; otherwise temperature, top-k, top-p, then inverse-CDF sampling
        return new int[logits.length];
    }
}
