import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

public class Solution {

    record Scored(double score, int label) {
    }

    public static double rocAuc(int[] labels, double[] scores) {
        long pos = IntStream.of(labels).filter(y -> y == 1).count();
        long neg = labels.length - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        List<Scored> sorted = IntStream.range(0, labels.length)
            .mapToObj(i -> new Scored(scores[i], labels[i]))
            .sorted(Comparator.comparingDouble(Scored::score))
            .toList();
        double positiveRankSum = 0;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size() && sorted.get(j).score() == sorted.get(i).score()) {
                j++;
            }
            double averageRank = (i + 1 + j) / 2.0;
            for (int t = i; t < j; t++) {
                if (sorted.get(t).label() == 1) {
                    positiveRankSum += averageRank;
                }
            }
            i = j;
        }
        return (positiveRankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }
}
