public class Solution {

    public static boolean isRotation(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        String doubled = a.concat(a);
        int at = doubled.indexOf(b);
        System.out.println("found at " + at);
        return at >= 0;
    }
}
