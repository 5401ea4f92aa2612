import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static String replaceSpaces(String s, char c) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ' ') {
                if (word.length() > 0) words.add(word.toString());
                word.setLength(0);
            } else {
                word.append(ch);
            }
        }
        if (word.length() > 0) words.add(word.toString());
        return String.join(String.valueOf(c), words);
    }
}
