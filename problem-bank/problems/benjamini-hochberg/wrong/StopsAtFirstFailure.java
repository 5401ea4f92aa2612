import java.util.Arrays;

public class Solution {
    public static boolean[] benjaminiHochberg(double[] pValues, double q) {
        int m = pValues.length;
        double[] sorted = pValues.clone();
        Arrays.sort(sorted);
        double cutoff = -1;
        for (int k = 1; k <= m; k++) {
            if (sorted[k - 1] > k * q / m) break;
            cutoff = sorted[k - 1];
        }
        boolean[] reject = new boolean[m];
        for (int i = 0; i < m; i++) reject[i] = pValues[i] <= cutoff;
        return reject;
    }
}
