public class Solution {
    public static double[][] positionalEncoding(int positions, int dModel, double base) {
        double[][] pe = new double[positions][dModel];
        for (int p = 0; p < positions; p++) {
            for (int j = 0; j < dModel; j++) {
                double angle = p * Math.pow(base, -(double) (j / 2) / dModel);
                pe[p][j] = (j % 2 == 0) ? Math.sin(angle) : Math.cos(angle);
            }
        }
        return pe;
    }
}
