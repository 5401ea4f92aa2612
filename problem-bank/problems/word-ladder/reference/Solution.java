import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

public class Solution {

    public static int shortestTransformation(String beginWord, String endWord, String[] wordList) {
        Set<String> unvisited = new HashSet<>(Arrays.asList(wordList));
        if (!unvisited.contains(endWord)) {
            return 0;
        }
        unvisited.remove(beginWord);
        ArrayDeque<String> queue = new ArrayDeque<>();
        queue.add(beginWord);
        for (int words = 1; !queue.isEmpty(); words++) {
            for (int size = queue.size(); size > 0; size--) {
                char[] word = queue.poll().toCharArray();
                for (int i = 0; i < word.length; i++) {
                    char original = word[i];
                    for (char letter = 'a'; letter <= 'z'; letter++) {
                        if (letter == original) {
                            continue;
                        }
                        word[i] = letter;
                        String next = new String(word);
                        if (unvisited.remove(next)) {
                            if (next.equals(endWord)) {
                                return words + 1;
                            }
                            queue.add(next);
                        }
                    }
                    word[i] = original;
                }
            }
        }
        return 0;
    }
}
