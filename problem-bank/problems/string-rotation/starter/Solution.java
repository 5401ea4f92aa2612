public class Solution {
    public static boolean isRotation(String a, String b) {
        // TODO: is b equal to a[s..] + a[..s) for some s?
        return false;
    }
}
