import java.util.ArrayList;
import java.util.List;

public class Solution {

    public static String[] filterStudents(String[] names, int[] grades, String[] favoriteColors) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            boolean likesColor = switch (favoriteColors[i]) {
                case "green", "red" -> true;
                default -> false;
            };
            if (grades[i] > 90 && likesColor) {
                result.add(names[i]);
            }
        }
        System.out.println(String.format("%d of %d students kept", result.size(), names.length));
        return result.toArray(String[]::new);
    }
}
