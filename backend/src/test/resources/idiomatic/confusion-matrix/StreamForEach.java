import java.util.stream.IntStream;

public class Solution {

    public static int[][] confusionMatrix(int[] actual, int[] predicted, int numClasses) {
        var matrix = new int[numClasses][numClasses];
        IntStream.range(0, actual.length).forEach(i -> matrix[actual[i]][predicted[i]]++);
        var text = new StringBuilder();
        for (var row : matrix) {
            for (var cell : row) {
                text.append(String.format("%6d", cell));
            }
            text.append('\n');
        }
        System.out.print(text);
        return matrix;
    }
}
