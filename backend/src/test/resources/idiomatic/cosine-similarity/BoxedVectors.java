import java.util.ArrayList;
import java.util.List;

public class Solution {

    public static double[][] cosineSimilarity(double[][] A, double[][] B) {
        List<List<Double>> left = toLists(A);
        List<List<Double>> right = toLists(B);
        double[][] result = new double[A.length][B.length];
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                result[i][j] = cosine(left.get(i), right.get(j));
            }
        }
        return result;
    }

    private static List<List<Double>> toLists(double[][] m) {
        List<List<Double>> rows = new ArrayList<>();
        for (double[] r : m) {
            List<Double> row = new ArrayList<>();
            for (double v : r) {
                row.add(v);
            }
            rows.add(row);
        }
        return rows;
    }

    private static double cosine(List<Double> a, List<Double> b) {
        double dot = 0, na = 0, nb = 0;
        for (int f = 0; f < a.size(); f++) {
            dot += a.get(f) * b.get(f);
            na += a.get(f) * a.get(f);
            nb += b.get(f) * b.get(f);
        }
        if (na == 0 || nb == 0) {
            return 0.0;
        }
        return dot / (Math.sqrt(na) * Math.sqrt(nb));
    }
}
