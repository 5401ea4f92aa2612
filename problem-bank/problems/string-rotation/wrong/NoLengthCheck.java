public class Solution {
    public static boolean isRotation(String a, String b) {
        int n = a.length();
        if (n == 0) return b.isEmpty();
        String text = a + a;
        int m = b.length();
        // KMP search of b in a + a, but any substring counts
        int[] fail = new int[Math.max(1, m)];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && b.charAt(i) != b.charAt(k)) k = fail[k - 1];
            if (b.charAt(i) == b.charAt(k)) k++;
            fail[i] = k;
        }
        if (m == 0) return true;
        for (int i = 0, k = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            while (k > 0 && c != b.charAt(k)) k = fail[k - 1];
            if (c == b.charAt(k)) k++;
            if (k == m) return true;
        }
        return false;
    }
}
