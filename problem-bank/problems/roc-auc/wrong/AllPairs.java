public class Solution {
    public static double rocAuc(int[] labels, double[] scores) {
        long pos = 0, neg = 0;
        for (int y : labels) if (y == 1) pos++; else neg++;
        if (pos == 0 || neg == 0) return 0.5;
        double wins = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 1) continue;
            for (int j = 0; j < labels.length; j++) {
                if (labels[j] == 1) continue;
                if (scores[i] > scores[j]) wins += 1;
                else if (scores[i] == scores[j]) wins += 0.5;
            }
        }
        return wins / ((double) pos * neg);
    }
}
