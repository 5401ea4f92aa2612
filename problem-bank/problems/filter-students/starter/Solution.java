public class Solution {
    public static String[] filterStudents(String[] names, int[] grades, String[] favoriteColors) {
        // TODO: keep names with grade > 90 and colour "green" or "red"
        return new String[0];
    }
}
