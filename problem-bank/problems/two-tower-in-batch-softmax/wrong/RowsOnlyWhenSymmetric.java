public class Solution {
    public static double inBatchSoftmaxLoss(double[][] queries, double[][] items, double temperature, boolean symmetric) {
        int b = queries.length;
        if (b == 0) return 0;
        double[][] s = new double[b][b];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < b; j++) {
                double dot = 0;
                for (int c = 0; c < queries[i].length; c++) dot += queries[i][c] * items[j][c];
                s[i][j] = dot / temperature;
            }
        }
        double rows = 0, columns = 0;
        for (int i = 0; i < b; i++) {
            // Row i: query i against every item of the batch; its own item is the positive.
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < b; j++) max = Math.max(max, s[i][j]);
            double sum = 0;
            for (int j = 0; j < b; j++) sum += Math.exp(s[i][j] - max);
            rows += max + Math.log(sum) - s[i][i];
        }
        if (!symmetric) return rows / b;
        for (int j = 0; j < b; j++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < b; i++) max = Math.max(max, s[i][j]);
            double sum = 0;
            for (int i = 0; i < b; i++) sum += Math.exp(s[i][j] - max);
            columns += max + Math.log(sum) - s[j][j];
        }
        return rows / b;
    }
}
