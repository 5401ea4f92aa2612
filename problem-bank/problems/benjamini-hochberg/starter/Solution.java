public class Solution {
    public static boolean[] benjaminiHochberg(double[] pValues, double q) {
        // TODO: sort, find the largest rank k with p(k) <= k q / m, reject ranks 1..k
        return new boolean[pValues.length];
    }
}
