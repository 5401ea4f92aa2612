import java.util.Arrays;

public class Solution {
    public static boolean[] benjaminiHochberg(double[] pValues, double q) {
        int m = pValues.length;
        double[] sorted = pValues.clone();
        Arrays.sort(sorted);
        // Step-up: the largest passing rank wins, even if smaller ranks fail.
        double cutoff = -1;
        for (int k = m; k >= 1; k--) {
            if (sorted[k - 1] <= k * q / m) {
                cutoff = sorted[k - 1];
                break;
            }
        }
        boolean[] reject = new boolean[m];
        for (int i = 0; i < m; i++) reject[i] = pValues[i] <= cutoff;
        return reject;
    }
}
