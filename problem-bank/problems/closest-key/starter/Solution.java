public class Solution {
    public static String closestKey(String[] keys, String[][] lists, String value) {
        // TODO: the key whose list holds value nearest to its start
        return null;
    }
}
