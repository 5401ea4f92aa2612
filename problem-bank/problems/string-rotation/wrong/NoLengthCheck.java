public class Solution {
    public static boolean isRotation(String a, String b) {
        return (a + a).contains(b);
    }
}
