public class Solution {
    public static int lcsLength(String a, String b) {
        int count = 0;
        int from = 0;
        for (int i = 0; i < a.length() && from < b.length(); i++) {
            int at = b.indexOf(a.charAt(i), from);
            if (at >= 0) {
                count++;
                from = at + 1;
            }
        }
        return count;
    }
}
