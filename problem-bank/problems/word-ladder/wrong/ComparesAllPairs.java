import java.util.ArrayDeque;

public class Solution {

    // Right answers, but each dequeued word is compared with the whole list: O(n^2 L).
    public static int shortestTransformation(String beginWord, String endWord, String[] wordList) {
        boolean listed = false;
        for (String word : wordList) {
            listed |= word.equals(endWord);
        }
        if (!listed) {
            return 0;
        }
        boolean[] visited = new boolean[wordList.length];
        ArrayDeque<String> queue = new ArrayDeque<>();
        queue.add(beginWord);
        for (int words = 1; !queue.isEmpty(); words++) {
            for (int size = queue.size(); size > 0; size--) {
                String current = queue.poll();
                for (int j = 0; j < wordList.length; j++) {
                    if (!visited[j] && !wordList[j].equals(beginWord) && oneApart(current, wordList[j])) {
                        if (wordList[j].equals(endWord)) {
                            return words + 1;
                        }
                        visited[j] = true;
                        queue.add(wordList[j]);
                    }
                }
            }
        }
        return 0;
    }

    private static boolean oneApart(String a, String b) {
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differences++;
            }
        }
        return differences == 1;
    }
}
