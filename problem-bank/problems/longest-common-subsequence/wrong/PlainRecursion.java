public class Solution {
    public static int lcsLength(String a, String b) {
        return lcs(a, b, a.length(), b.length());
    }

    private static int lcs(String a, String b, int i, int j) {
        if (i == 0 || j == 0) return 0;
        if (a.charAt(i - 1) == b.charAt(j - 1)) return lcs(a, b, i - 1, j - 1) + 1;
        return Math.max(lcs(a, b, i - 1, j), lcs(a, b, i, j - 1));
    }
}
