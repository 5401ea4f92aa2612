public class Solution {
    public static double[][] forward(double[][] X, double[] gamma, double[] beta, double[] runningMean,
                                     double[] runningVar, double momentum, double eps, boolean training) {
        // TODO: rows 0..n-1 = normalised output, row n = new running mean, row n+1 = new running variance
        double[][] out = new double[X.length + 2][];
        for (int i = 0; i < X.length; i++) out[i] = X[i].clone();
        out[X.length] = runningMean.clone();
        out[X.length + 1] = runningVar.clone();
        return out;
    }
}
