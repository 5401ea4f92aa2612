public class Solution {
    public static String[] bpeEncode(String[] corpus, int merges, String word) {
        // TODO: learn the merges from the corpus, then replay them on the word
        String[] chars = new String[word.length()];
        for (int i = 0; i < chars.length; i++) chars[i] = String.valueOf(word.charAt(i));
        return chars;
    }
}
