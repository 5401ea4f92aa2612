import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

public class Solution {

    record Student(String name, int grade, String color) {
    }

    public static String[] filterStudents(String[] names, int[] grades, String[] favoriteColors) {
        Predicate<Student> topGrade = s -> s.grade() > 90;
        Predicate<Student> greenOrRed = s -> List.of("green", "red").contains(s.color());
        return IntStream.range(0, names.length)
            .mapToObj(i -> new Student(names[i], grades[i], favoriteColors[i]))
            .filter(topGrade.and(greenOrRed))
            .map(Student::name)
            .toArray(String[]::new);
    }
}
