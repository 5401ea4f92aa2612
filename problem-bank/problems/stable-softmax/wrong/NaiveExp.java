public class Solution {
    public static double[][] softmaxRows(double[][] logits, boolean log) {
        double[][] out = new double[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            double[] z = logits[i];
            double sum = 0;
            for (double v : z) sum += Math.exp(v);
            double[] row = new double[z.length];
            for (int j = 0; j < z.length; j++) {
                row[j] = log ? z[j] - Math.log(sum) : Math.exp(z[j]) / sum;
            }
            out[i] = row;
        }
        return out;
    }
}
