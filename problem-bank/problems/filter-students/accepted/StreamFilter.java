import java.util.Set;
import java.util.stream.IntStream;

public class Solution {

    record Student(String name, int grade, String color) {
    }

    private static final Set<String> COLORS = Set.of("green", "red");

    public static String[] filterStudents(String[] names, int[] grades, String[] favoriteColors) {
        return IntStream.range(0, names.length)
            .mapToObj(i -> new Student(names[i], grades[i], favoriteColors[i]))
            .filter(s -> s.grade() > 90)
            .filter(s -> COLORS.contains(s.color()))
            .map(Student::name)
            .toArray(String[]::new);
    }
}
