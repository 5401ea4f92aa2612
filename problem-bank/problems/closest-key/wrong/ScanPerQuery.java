import java.util.Arrays;

public class Solution {
    public static String[] closestKeys(String[] keys, String[][] lists, String[] queries) {
        String[] out = new String[queries.length];
        for (int j = 0; j < queries.length; j++) {
            int bestPos = Integer.MAX_VALUE;
            String bestKey = "";
            for (int i = 0; i < keys.length; i++) {
                int p = Arrays.asList(lists[i]).indexOf(queries[j]);
                if (p >= 0 && p < bestPos) {
                    bestPos = p;
                    bestKey = keys[i];
                }
            }
            out[j] = bestKey;
        }
        return out;
    }
}
