public class Solution {
    public static double[][] backward(double[][] dout, double[][] X, double[] gamma, double eps) {
        int n = X.length, d = gamma.length;
        double[][] dX = new double[n + 2][];
        for (int i = 0; i < n; i++) dX[i] = new double[d];
        double[] dGamma = new double[d], dBeta = new double[d];
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) mean += X[i][j];
            mean /= n;
            double var = 0;
            for (int i = 0; i < n; i++) var += (X[i][j] - mean) * (X[i][j] - mean);
            var /= n;
            double invStd = 1.0 / Math.sqrt(var + eps);
            double sumDout = 0, sumDoutXhat = 0;
            for (int i = 0; i < n; i++) {
                double xhat = (X[i][j] - mean) * invStd;
                sumDout += dout[i][j];
                sumDoutXhat += dout[i][j] * xhat;
            }
            dBeta[j] = sumDout;
            dGamma[j] = sumDoutXhat;
            for (int i = 0; i < n; i++) {
                double xhat = (X[i][j] - mean) * invStd;
                double s1 = 0, s2 = 0;
                for (int k = 0; k < n; k++) {
                    s1 += dout[k][j];
                    s2 += dout[k][j] * (X[k][j] - mean) * invStd;
                }
                dX[i][j] = gamma[j] * invStd / n * (n * dout[i][j] - s1 - xhat * s2);
            }
        }
        dX[n] = dGamma;
        dX[n + 1] = dBeta;
        return dX;
    }
}
