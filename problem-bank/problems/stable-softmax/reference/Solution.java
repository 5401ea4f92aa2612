public class Solution {
    public static double[][] softmaxRows(double[][] logits, boolean log) {
        double[][] out = new double[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            double[] z = logits[i];
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) max = Math.max(max, v);
            double sum = 0;
            for (double v : z) sum += Math.exp(v - max);
            double[] row = new double[z.length];
            if (log) {
                // log p = (z - max) - log(sum): no exponent is ever taken of a large number,
                // and no log of an underflowed probability.
                double logSum = Math.log(sum);
                for (int j = 0; j < z.length; j++) row[j] = (z[j] - max) - logSum;
            } else {
                for (int j = 0; j < z.length; j++) row[j] = Math.exp(z[j] - max) / sum;
            }
            out[i] = row;
        }
        return out;
    }
}
