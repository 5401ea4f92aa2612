public class Solution {
    public static double[] boxPlot(double[] data) {
        // TODO: return [lowerWhisker, Q1, median, Q3, upperWhisker, outliers in ascending order...]
        return new double[5];
    }
}
