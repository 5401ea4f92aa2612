import java.util.Random;

public class Solution {
    public static int[] assignSplits(int n, int valPercent, int testPercent, long seed) {
        int testSize = (int) (((long) n * testPercent + 99) / 100);
        int valSize = (int) Math.min(n - testSize, ((long) n * valPercent + 99) / 100);
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        Random rnd = new Random(seed);
        for (int i = n - 1; i >= 1; i--) {
            int j = rnd.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] split = new int[n];
        for (int row = 0; row < n; row++) {
            int p = 0;
            while (perm[p] != row) p++;
            split[row] = p < testSize ? 2 : (p < testSize + valSize ? 1 : 0);
        }
        return split;
    }
}
