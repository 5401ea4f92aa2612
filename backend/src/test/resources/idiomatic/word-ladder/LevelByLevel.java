import java.util.*;

public class Solution {

    public static int shortestTransformation(String beginWord, String endWord, String[] wordList) {
        var remaining = new HashSet<>(Arrays.asList(wordList));
        if (!remaining.contains(endWord)) {
            return 0;
        }
        Deque<String> frontier = new ArrayDeque<>(List.of(beginWord));
        remaining.remove(beginWord);
        int level = 1;
        while (!frontier.isEmpty()) {
            level++;
            Deque<String> next = new ArrayDeque<>();
            for (var word : frontier) {
                var chars = word.toCharArray();
                for (int i = 0; i < chars.length; i++) {
                    char original = chars[i];
                    for (char c = 'a'; c <= 'z'; c++) {
                        chars[i] = c;
                        var candidate = String.valueOf(chars);
                        if (remaining.remove(candidate)) {
                            if (candidate.equals(endWord)) {
                                return level;
                            }
                            next.add(candidate);
                        }
                    }
                    chars[i] = original;
                }
            }
            System.out.println("level " + level + ": " + next.size() + " new words");
            frontier = next;
        }
        return 0;
    }
}
