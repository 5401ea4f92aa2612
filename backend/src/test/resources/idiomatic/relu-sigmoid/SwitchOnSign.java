public class Solution {

    public static double[][] activations(double[] x) {
        double[][] out = new double[4][x.length];
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            if (Double.isNaN(v)) {
                for (double[] row : out) {
                    row[i] = Double.NaN;
                }
                continue;
            }
            int sign = (int) Math.signum(v);
            out[0][i] = switch (sign) {
                case 1 -> v;
                default -> 0.0;
            };
            out[1][i] = sign == 1 ? 1.0 : 0.0;
            double s = v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
            out[2][i] = s;
            out[3][i] = s * (1 - s);
        }
        return out;
    }
}
