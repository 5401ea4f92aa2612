public class Solution {
    static double quantile(double[] s, double p) {
        double h = p * (s.length - 1);
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    public static double[] boxPlot(double[] data) {
        double[] s = data.clone();
        for (int i = 0; i < s.length; i++)
            for (int j = 0; j + 1 < s.length - i; j++)
                if (s[j] > s[j + 1]) { double t = s[j]; s[j] = s[j + 1]; s[j + 1] = t; }
        int n = s.length;
        double q1 = quantile(s, 0.25), med = quantile(s, 0.5), q3 = quantile(s, 0.75);
        double iqr = q3 - q1;
        double lowFence = q1 - 1.5 * iqr, highFence = q3 + 1.5 * iqr;
        int a = 0;
        while (a < n && s[a] < lowFence) a++;
        int b = n - 1;
        while (b >= 0 && s[b] > highFence) b--;
        int outliers = a + (n - 1 - b);
        double[] out = new double[5 + outliers];
        out[0] = s[a];
        out[1] = q1;
        out[2] = med;
        out[3] = q3;
        out[4] = s[b];
        int k = 5;
        for (int i = 0; i < a; i++) out[k++] = s[i];
        for (int i = b + 1; i < n; i++) out[k++] = s[i];
        return out;
    }
}
