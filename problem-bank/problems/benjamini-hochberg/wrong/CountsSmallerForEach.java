public class Solution {
    public static boolean[] benjaminiHochberg(double[] pValues, double q) {
        int m = pValues.length;
        double cutoff = -1;
        for (int i = 0; i < m; i++) {
            // Rank of p_i counting ties as one block: the number of p-values <= p_i.
            int rank = 0;
            for (int j = 0; j < m; j++) if (pValues[j] <= pValues[i]) rank++;
            if (pValues[i] <= rank * q / m && pValues[i] > cutoff) cutoff = pValues[i];
        }
        boolean[] reject = new boolean[m];
        for (int i = 0; i < m; i++) reject[i] = pValues[i] <= cutoff;
        return reject;
    }
}
