import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Solution {

    public static int[] assignSplits(int n, int valPercent, int testPercent, long seed) {
        int testSize = (int) (((long) n * testPercent + 99) / 100);
        int valSize = (int) Math.min(n - testSize, ((long) n * valPercent + 99) / 100);
        List<Integer> order = IntStream.range(0, n).boxed().collect(Collectors.toList());
        Collections.shuffle(order, new Random(seed));
        int[] split = new int[n];
        for (int p = 0; p < n; p++) {
            split[order.get(p)] = (p < testSize) ? 2 : (p < testSize + valSize) ? 1 : 0;
        }
        return split;
    }
}
