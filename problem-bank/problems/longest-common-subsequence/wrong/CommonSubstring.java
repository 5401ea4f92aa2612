public class Solution {
    public static int lcsLength(String a, String b) {
        int m = b.length();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        int best = 0;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= m; j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : 0;
                best = Math.max(best, cur[j]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return best;
    }
}
