public class Solution {
    public static String[][] valueCounts(String[] values) {
        // TODO: count each distinct value, sort by count desc then value asc
        return new String[0][];
    }
}
