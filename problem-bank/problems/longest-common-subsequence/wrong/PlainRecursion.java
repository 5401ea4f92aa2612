public class Solution {
    static int solve(String a, String b, int i, int j) {
        if (i == a.length() || j == b.length()) return 0;
        if (a.charAt(i) == b.charAt(j)) return 1 + solve(a, b, i + 1, j + 1);
        return Math.max(solve(a, b, i + 1, j), solve(a, b, i, j + 1));
    }

    public static int lcsLength(String a, String b) {
        return solve(a, b, 0, 0);
    }
}
