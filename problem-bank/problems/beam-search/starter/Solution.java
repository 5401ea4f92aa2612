public class Solution {
    public static int[] beamSearch(double[] startScores, double[][] transitionScores, int length, int beamWidth) {
        // TODO: keep the beamWidth best partial sequences at every step
        return new int[length];
    }
}
