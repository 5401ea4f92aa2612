public class Solution {
    public static int lcsLength(String a, String b) {
        // matches each character of a with the next unused equal character of b
        int count = 0, from = 0;
        for (int i = 0; i < a.length() && from < b.length(); i++) {
            int k = b.indexOf(a.charAt(i), from);
            if (k >= 0) {
                count++;
                from = k + 1;
            }
        }
        return count;
    }
}
