public class Solution {

    /** The number of words in the shortest ladder from beginWord to endWord, or 0. */
    public static int shortestTransformation(String beginWord, String endWord, String[] wordList) {
        // TODO: breadth-first search over words that differ in one letter.
        return -1;
    }
}
