import java.util.Arrays;
import java.util.Random;

public class Solution {
    public static double[] bootstrapCi(double[] data, int resamples, double confidence, long seed) {
        int n = data.length;
        Random r = new Random(seed);
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += data[r.nextInt(n)];
            means[b] = sum / n;
        }
        Arrays.sort(means);
        double alpha = 1 - confidence;
        double mean = 0;
        for (double v : data) mean += v;
        double m = 0, sq = 0;
        for (double v : means) m += v;
        m /= resamples;
        for (double v : means) sq += (v - m) * (v - m);
        double sd = Math.sqrt(sq / resamples);
        double z = inverseNormal(1 - alpha / 2);
        return new double[] { mean / n, m - z * sd, m + z * sd };
    }

    /** Acklam's rational approximation of the standard normal quantile. */
    private static double inverseNormal(double p) {
        double[] a = { -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00 };
        double[] b = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01 };
        double[] c = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00 };
        double[] d = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00 };
        if (p > 0.97575) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p < 0.02425) return -inverseNormal(1 - p);
        double q = p - 0.5, t = q * q;
        return (((((a[0] * t + a[1]) * t + a[2]) * t + a[3]) * t + a[4]) * t + a[5]) * q / (((((b[0] * t + b[1]) * t + b[2]) * t + b[3]) * t + b[4]) * t + 1);
    }

    private static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int i = (int) Math.floor(h);
        if (i >= sorted.length - 1) return sorted[sorted.length - 1];
        return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
    }
}
