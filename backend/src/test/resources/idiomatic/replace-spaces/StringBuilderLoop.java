public class Solution {

    public static String replaceSpaces(String s, char c) {
        var sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            sb.append(ch == ' ' ? c : ch);
        }
        return sb.toString();
    }
}
