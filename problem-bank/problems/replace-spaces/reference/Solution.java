public class Solution {
    public static String replaceSpaces(String s, char replacement) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) if (out[i] == ' ') out[i] = replacement;
        return new String(out);
    }
}
