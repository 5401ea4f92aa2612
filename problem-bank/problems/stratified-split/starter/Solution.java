public class Solution {
    public static int[] stratifiedSplit(int[] labels, int testSize) {
        // TODO: allocate test seats per class (largest remainder), pick evenly spaced rows
        return new int[0];
    }
}
