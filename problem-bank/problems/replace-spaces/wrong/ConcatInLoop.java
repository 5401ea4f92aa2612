public class Solution {
    public static String replaceSpaces(String s, char replacement) {
        String out = "";
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            out = out + (ch == ' ' ? replacement : ch);
        }
        return out;
    }
}
