public class Solution {
    public static String replaceSpaces(String s, char c) {
        String result = "";
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            result = result + (ch == ' ' ? c : ch);
        }
        return result;
    }
}
