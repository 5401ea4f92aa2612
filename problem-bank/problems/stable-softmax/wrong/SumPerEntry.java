public class Solution {
    public static double[][] softmaxRows(double[][] logits, boolean log) {
        double[][] out = new double[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            double[] z = logits[i];
            double[] row = new double[z.length];
            for (int j = 0; j < z.length; j++) {
                double max = Double.NEGATIVE_INFINITY;
                for (double v : z) max = Math.max(max, v);
                double sum = 0;
                for (double v : z) sum += Math.exp(v - max);
                row[j] = log ? (z[j] - max) - Math.log(sum) : Math.exp(z[j] - max) / sum;
            }
            out[i] = row;
        }
        return out;
    }
}
