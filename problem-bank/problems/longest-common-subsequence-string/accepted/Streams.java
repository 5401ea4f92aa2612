import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Collectors;

public class Solution {
    public static String lcs(String a, String b) {
        int n = a.length(), m = b.length();
        int[][] table = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                table[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        Deque<Character> picked = new ArrayDeque<>();
        for (int i = n, j = m; i > 0 && j > 0;) {
            if (a.charAt(i - 1) == b.charAt(j - 1)) {
                picked.push(a.charAt(i - 1));
                i--;
                j--;
            } else if (table[i - 1][j] >= table[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
        return picked.stream().map(String::valueOf).collect(Collectors.joining());
    }
}
