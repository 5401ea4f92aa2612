public class Solution {

    /** The one-sample t statistic of the sample against the hypothesised mean mu0. */
    public static double tStatistic(double[] sample, double mu0) {
        // TODO: mean, sample standard deviation, standard error.
        return 0;
    }
}
