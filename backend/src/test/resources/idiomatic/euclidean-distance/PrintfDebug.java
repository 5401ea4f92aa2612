public class Solution {

    public static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double diff = a[i] - b[i];
            sum += diff * diff;
        }
        System.out.printf("d=%d, squared sum=%.6f%n", a.length, sum);
        return Math.sqrt(sum);
    }
}
