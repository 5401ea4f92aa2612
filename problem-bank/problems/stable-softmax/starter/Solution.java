public class Solution {
    public static double[][] softmaxRows(double[][] logits, boolean log) {
        // TODO: softmax (log = false) or log-softmax (log = true) of every row, without overflow
        double[][] out = new double[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            out[i] = new double[logits[i].length];
        }
        return out;
    }
}
