public class Solution {
    public static String replaceSpaces(String s, char replacement) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ' ') {
                if (i == 0 || s.charAt(i - 1) != ' ') sb.append(replacement);
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
