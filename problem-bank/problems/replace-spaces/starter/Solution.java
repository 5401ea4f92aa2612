public class Solution {
    public static String replaceSpaces(String s, char replacement) {
        // TODO: replace every ' ' with replacement
        return "";
    }
}
