public class Solution {
    public static double rocAuc(int[] labels, double[] scores) {
        // TODO: fraction of (positive, negative) pairs ranked correctly, ties count 1/2
        return -1.0;
    }
}
