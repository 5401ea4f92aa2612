import java.util.Arrays;
import java.util.List;

public class Solution {

    public static int linearSearch(int[] a, int target) {
        List<Integer> values = Arrays.stream(a).boxed().toList();
        return values.indexOf(target);
    }
}
