public class Solution {
    public static double[][] positionalEncoding(int positions, int dModel, double base) {
        double[][] pe = new double[positions][dModel];
        int half = (dModel + 1) / 2;
        for (int p = 0; p < positions; p++) {
            for (int i = 0; i < half; i++) {
                double angle = p * Math.pow(base, -2.0 * i / dModel);
                pe[p][i] = Math.sin(angle);
                if (half + i < dModel) pe[p][half + i] = Math.cos(angle);
            }
        }
        return pe;
    }
}
