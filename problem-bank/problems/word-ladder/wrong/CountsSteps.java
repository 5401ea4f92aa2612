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
        ArrayDeque<String> queue = new ArrayDeque<>();
        queue.add(beginWord);
        // The bug: starts counting at 0 changes instead of 1 word.
        for (int steps = 0; !queue.isEmpty(); steps++) {
            for (int size = queue.size(); size > 0; size--) {
                char[] word = queue.poll().toCharArray();
                for (int i = 0; i < word.length; i++) {
                    char original = word[i];
                    for (char letter = 'a'; letter <= 'z'; letter++) {
                        word[i] = letter;
                        String next = new String(word);
                        if (unvisited.remove(next)) {
                            if (next.equals(endWord)) {
                                return steps + 1;
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
