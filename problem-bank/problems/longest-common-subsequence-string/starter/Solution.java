public class Solution {
    public static String lcs(String a, String b) {
        // TODO: fill the length table, then walk back from the corner (up on ties)
        return "";
    }
}
