public class Solution {

    public static String replaceSpaces(String s, char c) {
        return s.replace(' ', c);
    }
}
