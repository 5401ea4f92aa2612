public class Solution {
    public static String replaceSpaces(String s, char c) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == ' ') chars[i] = c;
        }
        return new String(chars);
    }
}
