public class Solution {
    public static double perplexity(double[][] logits, int[] targets) {
        double totalLogProb = 0;
        int counted = 0;
        for (int t = 0; t < logits.length; t++) {
            if (targets[t] < 0) continue;
            double sum = 0;
            for (double v : logits[t]) sum += Math.exp(v);
            totalLogProb += Math.log(Math.exp(logits[t][targets[t]]) / sum);
            counted++;
        }
        return counted == 0 ? Double.NaN : Math.exp(-totalLogProb / counted);
    }
}
