public class Solution {
    public static boolean isRotation(String a, String b) {
        // TODO: is b equal to a shifted cyclically by some amount?
        return false;
    }
}
