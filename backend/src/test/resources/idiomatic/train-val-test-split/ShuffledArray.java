import java.util.Random;

public class Solution {

    public static int[] assignSplits(int n, int valPercent, int testPercent, long seed) {
        int testSize = (int) Math.ceil(n * (long) testPercent / 100.0);
        int valSize = (int) Math.min(n - testSize, Math.ceil(n * (long) valPercent / 100.0));
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] split = new int[n];
        for (int p = 0; p < n; p++) {
            split[order[p]] = p < testSize ? 2 : p < testSize + valSize ? 1 : 0;
        }
        return split;
    }
}
