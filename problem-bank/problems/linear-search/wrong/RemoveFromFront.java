import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static int linearSearch(int[] a, int target) {
        List<Integer> rest = new ArrayList<>();
        for (int x : a) rest.add(x);
        int index = 0;
        while (!rest.isEmpty()) {
            if (rest.get(0) == target) return index;
            rest.remove(0);
            index++;
        }
        return -1;
    }
}
