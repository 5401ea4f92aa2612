public class Solution {
    public static String closestKey(String[] keys, String[][] lists, String value) {
        String best = "";
        int bestIndex = Integer.MAX_VALUE;
        for (int k = 0; k < keys.length; k++) {
            String[] list = lists[k];
            int limit = Math.min(list.length, bestIndex); // a later match cannot win
            for (int i = 0; i < limit; i++) {
                if (list[i].equals(value)) {
                    bestIndex = i;
                    best = keys[k];
                    break;
                }
            }
        }
        return best;
    }
}
