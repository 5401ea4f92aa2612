import java.util.Arrays;

public class Solution {
    public static int[] rrf(int[][] rankings, int k) {
        int maxId = -1;
        for (int[] ranking : rankings) for (int id : ranking) maxId = Math.max(maxId, id);
        boolean[] present = new boolean[maxId + 1];
        for (int[] ranking : rankings) for (int id : ranking) present[id] = true;
        double[] score = new double[maxId + 1];
        int count = 0;
        for (int id = 0; id <= maxId; id++) {
            if (!present[id]) continue;
            count++;
            for (int[] ranking : rankings) {
                for (int pos = 0; pos < ranking.length; pos++) {
                    if (ranking[pos] == id) {
                        score[id] += 1.0 / (k + pos + 1);
                        break;
                    }
                }
            }
        }
        Integer[] docs = new Integer[count];
        int next = 0;
        for (int id = 0; id <= maxId; id++) if (present[id]) docs[next++] = id;
        Arrays.sort(docs, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
        int[] out = new int[count];
        for (int i = 0; i < count; i++) out[i] = docs[i];
        return out;
    }
}
