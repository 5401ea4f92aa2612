public class Solution {
    public static String replaceSpaces(String s, char c) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            out.append(Character.isWhitespace(ch) ? c : ch);
        }
        return out.toString();
    }
}
