public class Solution {
    public static double rocAuc(int[] labels, double[] scores) {
        double total = 0;
        long pairs = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 1) continue;
            for (int j = 0; j < labels.length; j++) {
                if (labels[j] != 0) continue;
                pairs++;
                if (scores[i] > scores[j]) total += 1;
                else if (scores[i] == scores[j]) total += 0.5;
            }
        }
        return pairs == 0 ? Double.NaN : total / pairs;
    }
}
