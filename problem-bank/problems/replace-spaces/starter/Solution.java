public class Solution {
    public static String replaceSpaces(String s, char c) {
        // TODO: replace every ' ' with c
        return null;
    }
}
