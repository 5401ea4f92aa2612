import java.util.Arrays;

public class Solution {
    public static String lcs(String a, String b) {
        int n = a.length(), m = b.length();
        // Each cell stores its whole subsequence: O(n m L) characters copied.
        String[] previous = new String[m + 1], current = new String[m + 1];
        Arrays.fill(previous, "");
        for (int i = 1; i <= n; i++) {
            current[0] = "";
            for (int j = 1; j <= m; j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) current[j] = previous[j - 1] + a.charAt(i - 1);
                else current[j] = previous[j].length() >= current[j - 1].length() ? previous[j] : current[j - 1];
            }
            String[] t = previous;
            previous = current;
            current = t;
        }
        return previous[m];
    }
}
