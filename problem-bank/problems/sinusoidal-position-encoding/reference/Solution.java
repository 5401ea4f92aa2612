public class Solution {
    public static double[][] positionalEncoding(int positions, int dModel, double base) {
        double[] freq = new double[dModel];
        for (int j = 0; j < dModel; j++) {
            int even = j - (j % 2);
            freq[j] = Math.pow(base, -(double) even / dModel);
        }
        double[][] pe = new double[positions][dModel];
        for (int p = 0; p < positions; p++) {
            for (int j = 0; j < dModel; j++) {
                double angle = p * freq[j];
                pe[p][j] = (j % 2 == 0) ? Math.sin(angle) : Math.cos(angle);
            }
        }
        return pe;
    }
}
