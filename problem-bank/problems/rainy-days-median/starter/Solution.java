public class Solution {
    public static double rainyDaysMedian(double[] precipitation) {
        // TODO: median of the readings that are > 0
        return -1.0;
    }
}
