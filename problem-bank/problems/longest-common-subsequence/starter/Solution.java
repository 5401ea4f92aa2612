public class Solution {
    public static int lcsLength(String a, String b) {
        // TODO: dynamic programming over prefixes of a and b
        return -1;
    }
}
