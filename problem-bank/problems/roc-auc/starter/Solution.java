public class Solution {
    public static double rocAuc(int[] labels, double[] scores) {
        // TODO: area under the ROC curve (ties count one half)
        return 0.0;
    }
}
