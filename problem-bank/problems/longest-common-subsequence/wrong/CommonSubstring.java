public class Solution {
    public static int lcsLength(String a, String b) {
        // longest common SUBSTRING (contiguous), not subsequence
        int n = a.length(), m = b.length(), best = 0;
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : 0;
                best = Math.max(best, cur[j]);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return best;
    }
}
