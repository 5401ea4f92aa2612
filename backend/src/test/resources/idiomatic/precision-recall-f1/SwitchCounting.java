public class Solution {

    public static double[] precisionRecallF1(int[] yTrue, int[] yPred) {
        long tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < yTrue.length; i++) {
            String cell = yTrue[i] + "" + yPred[i];
            switch (cell) {
                case "11" -> tp++;
                case "01" -> fp++;
                case "10" -> fn++;
                default -> {
                }
            }
        }
        double precision = safeDivide(tp, tp + fp);
        double recall = safeDivide(tp, tp + fn);
        double f1 = (precision + recall == 0) ? 0.0 : 2 * precision * recall / (precision + recall);
        System.out.printf("tp=%d fp=%d fn=%d -> p=%.4f r=%.4f f1=%.4f%n", tp, fp, fn, precision, recall, f1);
        return new double[] { precision, recall, f1 };
    }

    private static double safeDivide(long a, long b) {
        return b == 0 ? 0.0 : (double) a / b;
    }
}
