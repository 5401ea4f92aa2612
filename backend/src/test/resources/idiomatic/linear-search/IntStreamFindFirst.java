import java.util.stream.IntStream;

public class Solution {

    public static int linearSearch(int[] a, int target) {
        return IntStream.range(0, a.length).filter(i -> a[i] == target).findFirst().orElse(-1);
    }
}
