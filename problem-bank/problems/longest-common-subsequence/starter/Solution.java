public class Solution {
    public static int lcsLength(String a, String b) {
        // TODO: length of the longest common subsequence
        return -1;
    }
}
