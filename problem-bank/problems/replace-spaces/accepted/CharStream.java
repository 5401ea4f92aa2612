import java.util.stream.Collectors;

public class Solution {

    public static String replaceSpaces(String s, char c) {
        return s.chars()
            .mapToObj(ch -> ch == ' ' ? String.valueOf(c) : String.valueOf((char) ch))
            .collect(Collectors.joining());
    }
}
