public class Solution {
    public static String lcs(String a, String b) {
        int n = a.length(), m = b.length();
        int[][] run = new int[n + 1][m + 1];
        int best = 0, end = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    run[i][j] = run[i - 1][j - 1] + 1;
                    if (run[i][j] > best) {
                        best = run[i][j];
                        end = i;
                    }
                }
            }
        }
        return a.substring(end - best, end);
    }
}
