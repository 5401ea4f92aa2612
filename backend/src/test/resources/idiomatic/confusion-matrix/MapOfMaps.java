import java.util.HashMap;
import java.util.Map;

public class Solution {

    public static int[][] confusionMatrix(int[] actual, int[] predicted, int numClasses) {
        Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
        for (int i = 0; i < actual.length; i++) {
            counts.computeIfAbsent(actual[i], k -> new HashMap<>()).merge(predicted[i], 1, Integer::sum);
        }
        int[][] matrix = new int[numClasses][numClasses];
        for (Map.Entry<Integer, Map<Integer, Integer>> row : counts.entrySet()) {
            for (Map.Entry<Integer, Integer> cell : row.getValue().entrySet()) {
                matrix[row.getKey()][cell.getKey()] = cell.getValue();
            }
        }
        return matrix;
    }
}
