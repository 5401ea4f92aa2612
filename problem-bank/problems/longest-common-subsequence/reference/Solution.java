public class Solution {
    public static int lcsLength(String a, String b) {
        int n = a.length(), m = b.length();
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            char c = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                cur[j] = c == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[m];
    }
}
