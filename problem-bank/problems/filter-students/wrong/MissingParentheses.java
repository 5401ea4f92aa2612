import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static String[] filterStudents(String[] names, int[] grades, String[] favoriteColors) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String c = favoriteColors[i];
            if (grades[i] > 90 && c.equals("green") || c.equals("red")) out.add(names[i]);
        }
        return out.toArray(new String[0]);
    }
}
