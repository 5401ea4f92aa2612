import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Solution {
    public static int[] stratifiedSplit(int[] labels, int testSize) {
        int n = labels.length;
        if (n == 0 || testSize == 0) return new int[0];
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
        int k = groups.size();
        int[] classes = new int[k];
        int idx = 0;
        for (int c : groups.keySet()) classes[idx++] = c;
        long[] seats = new long[k];
        long[] rem = new long[k];
        long given = 0;
        for (int j = 0; j < k; j++) {
            long prod = (long) testSize * groups.get(classes[j]).size();
            seats[j] = prod / n;
            rem[j] = prod % n;
            given += seats[j];
        }
        Integer[] order = new Integer[k];
        for (int j = 0; j < k; j++) order[j] = j;
        Arrays.sort(order, (a, b) -> rem[a] != rem[b] ? Long.compare(rem[b], rem[a]) : Integer.compare(classes[a], classes[b]));
        for (int j = 0; j < testSize - given; j++) seats[order[j]]++;
        int[] out = new int[testSize];
        int m = 0;
        for (int j = 0; j < k; j++) {
            List<Integer> rows = groups.get(classes[j]);
            long size = rows.size(), t = seats[j];
            for (long q = 0; q < t; q++) out[m++] = rows.get((int) q);
        }
        Arrays.sort(out);
        return out;
    }
}
