public class Solution {
    public static double perplexity(double[][] logits, int[] targets) {
        double totalLogProb = 0;
        int counted = 0;
        for (int t = 0; t < logits.length; t++) {
            if (targets[t] < 0) continue;
            double[] z = logits[t];
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) max = Math.max(max, v);
            double sum = 0;
            for (double v : z) sum += Math.exp(v - max);
            totalLogProb += (z[targets[t]] - max) - Math.log(sum);
            counted++;
        }
        return counted == 0 ? Double.NaN : Math.exp(-totalLogProb / counted);
    }
}
