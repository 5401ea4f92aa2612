import java.util.Arrays;

public class Solution {
    public static int[] topKCosine(double[][] docs, double[] query, int k) {
        int n = docs.length;
        double qn = Math.sqrt(dot(query, query));
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            double dn = Math.sqrt(dot(docs[i], docs[i]));
            score[i] = (dn == 0 || qn == 0) ? 0 : dot(docs[i], query) / (dn * qn);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[a], score[b]) : Integer.compare(a, b));
        int take = Math.min(k, n);
        int[] result = new int[take];
        for (int i = 0; i < take; i++) result[i] = order[n - 1 - i];
        return result;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
