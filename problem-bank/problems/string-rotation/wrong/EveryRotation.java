public class Solution {
    public static boolean isRotation(String a, String b) {
        if (a.length() != b.length()) return false;
        if (a.isEmpty()) return true;
        for (int s = 0; s < a.length(); s++) {
            String rotated = a.substring(s) + a.substring(0, s);
            if (rotated.equals(b)) return true;
        }
        return false;
    }
}
