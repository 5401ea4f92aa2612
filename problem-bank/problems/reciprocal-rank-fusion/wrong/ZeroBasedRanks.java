import java.util.Arrays;

public class Solution {
    public static int[] rrf(int[][] rankings, int k) {
        int maxId = -1;
        for (int[] ranking : rankings) for (int id : ranking) maxId = Math.max(maxId, id);
        double[] score = new double[maxId + 1];
        boolean[] present = new boolean[maxId + 1];
        // The ranking in which each id was last credited, so repeats inside one ranking are skipped.
        int[] creditedIn = new int[maxId + 1];
        Arrays.fill(creditedIn, -1);
        for (int r = 0; r < rankings.length; r++) {
            int[] ranking = rankings[r];
            for (int pos = 0; pos < ranking.length; pos++) {
                int id = ranking[pos];
                if (creditedIn[id] == r) continue;
                creditedIn[id] = r;
                score[id] += 1.0 / (k + pos);
                present[id] = true;
            }
        }
        int count = 0;
        for (boolean p : present) if (p) count++;
        int[] docs = new int[count];
        int next = 0;
        for (int id = 0; id <= maxId; id++) if (present[id]) docs[next++] = id;
        sortByScore(docs, score, new int[count], 0, count);
        return docs;
    }

    /** Stable merge sort by score descending; the ids start ascending, so ties keep the lower id first. */
    private static void sortByScore(int[] a, double[] score, int[] buffer, int from, int to) {
        if (to - from < 2) return;
        int mid = (from + to) >>> 1;
        sortByScore(a, score, buffer, from, mid);
        sortByScore(a, score, buffer, mid, to);
        int i = from, j = mid, o = from;
        while (i < mid && j < to) buffer[o++] = (score[a[j]] > score[a[i]]) ? a[j++] : a[i++];
        while (i < mid) buffer[o++] = a[i++];
        while (j < to) buffer[o++] = a[j++];
        System.arraycopy(buffer, from, a, from, to - from);
    }
}
