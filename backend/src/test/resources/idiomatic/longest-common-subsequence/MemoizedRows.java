public class Solution {

    public static int lcsLength(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        int[] previous = new int[y.length + 1];
        for (char cx : x) {
            int[] current = new int[y.length + 1];
            for (int j = 1; j <= y.length; j++) {
                current[j] = cx == y[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            previous = current;
        }
        return previous[y.length];
    }
}
