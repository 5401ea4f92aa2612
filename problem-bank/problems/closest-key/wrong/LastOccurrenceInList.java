public class Solution {
    public static String closestKey(String[] keys, String[][] lists, String value) {
        String best = "";
        int bestIndex = Integer.MAX_VALUE;
        for (int k = 0; k < keys.length; k++) {
            int found = -1;
            for (int i = 0; i < lists[k].length; i++) if (lists[k][i].equals(value)) found = i;
            if (found >= 0 && found < bestIndex) {
                bestIndex = found;
                best = keys[k];
            }
        }
        return best;
    }
}
