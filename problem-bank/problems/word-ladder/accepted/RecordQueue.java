import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class Solution {

    record Step(String word, int length) {
    }

    public static int shortestTransformation(String beginWord, String endWord, String[] wordList) {
        Set<String> dictionary = new HashSet<>(List.of(wordList));
        if (!dictionary.contains(endWord)) {
            return 0;
        }
        Set<String> seen = new HashSet<>();
        seen.add(beginWord);
        Deque<Step> queue = new ArrayDeque<>();
        queue.add(new Step(beginWord, 1));
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            for (int i = 0; i < step.word().length(); i++) {
                for (char letter = 'a'; letter <= 'z'; letter++) {
                    if (letter == step.word().charAt(i)) {
                        continue;
                    }
                    String next = step.word().substring(0, i) + letter + step.word().substring(i + 1);
                    if (dictionary.contains(next) && seen.add(next)) {
                        if (next.equals(endWord)) {
                            return step.length() + 1;
                        }
                        queue.add(new Step(next, step.length() + 1));
                    }
                }
            }
        }
        return 0;
    }
}
