public class Solution {
    public static boolean isRotation(String a, String b) {
        int n = a.length();
        if (b.length() != n) return false;
        if (n == 0) return true;
        // KMP: search b in the text a + a (read through index modulo n, never built)
        int[] fail = new int[n];
        for (int i = 1, k = 0; i < n; i++) {
            while (k > 0 && b.charAt(i) != b.charAt(k)) k = fail[k - 1];
            if (b.charAt(i) == b.charAt(k)) k++;
            fail[i] = k;
        }
        for (int i = 0, k = 0; i < 2 * n - 1; i++) {
            char c = a.charAt(i % n);
            while (k > 0 && c != b.charAt(k)) k = fail[k - 1];
            if (c == b.charAt(k)) k++;
            if (k == n) return true;
        }
        return false;
    }
}
