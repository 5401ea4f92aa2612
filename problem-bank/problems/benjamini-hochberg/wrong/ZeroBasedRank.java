import java.util.Arrays;

public class Solution {
    public static boolean[] benjaminiHochberg(double[] pValues, double q) {
        int m = pValues.length;
        double[] sorted = pValues.clone();
        Arrays.sort(sorted);
        double cutoff = -1;
        for (int k = m - 1; k >= 0; k--) {
            if (sorted[k] <= k * q / m) {
                cutoff = sorted[k];
                break;
            }
        }
        boolean[] reject = new boolean[m];
        for (int i = 0; i < m; i++) reject[i] = pValues[i] <= cutoff;
        return reject;
    }
}
