import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static String[] filterStudents(String[] names, int[] grades, String[] favoriteColors) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < names.length; i++) rows.add(i);
        for (int k = 0; k < rows.size(); ) {
            int i = rows.get(k);
            String c = favoriteColors[i];
            if (grades[i] > 90 && (c.equals("green") || c.equals("red"))) k++;
            else rows.remove(k);
        }
        String[] out = new String[rows.size()];
        for (int k = 0; k < out.length; k++) out[k] = names[rows.get(k)];
        return out;
    }
}
