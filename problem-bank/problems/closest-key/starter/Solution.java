public class Solution {
    public static String[] closestKeys(String[] keys, String[][] lists, String[] queries) {
        // TODO: for each query, the key whose list has the query nearest to its start ("" if none)
        return new String[queries.length];
    }
}
