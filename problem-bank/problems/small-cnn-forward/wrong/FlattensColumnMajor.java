public class Solution {
    public static double[] cnnForward(double[][] image, double[][] kernel, double bias, double[][] denseW, double[] denseB) {
        int h = image.length, w = image[0].length, kh = kernel.length, kw = kernel[0].length;
        int ch = h - kh + 1, cw = w - kw + 1;
        // Convolution (cross-correlation, valid, stride 1) followed by ReLU.
        double[][] conv = new double[ch][cw];
        for (int i = 0; i < ch; i++) {
            for (int j = 0; j < cw; j++) {
                double s = bias;
                for (int a = 0; a < kh; a++) for (int b = 0; b < kw; b++) s += kernel[a][b] * image[i + a][j + b];
                conv[i][j] = Math.max(0, s);
            }
        }
        // 2 x 2 max-pooling with stride 2; an odd last row or column is dropped.
        int ph = ch / 2, pw = cw / 2;
        double[] flat = new double[ph * pw];
        for (int i = 0; i < ph; i++) {
            for (int j = 0; j < pw; j++) {
                flat[j * ph + i] = Math.max(Math.max(conv[2 * i][2 * j], conv[2 * i][2 * j + 1]),
                        Math.max(conv[2 * i + 1][2 * j], conv[2 * i + 1][2 * j + 1]));
            }
        }
        double[] logits = new double[denseB.length];
        for (int c = 0; c < logits.length; c++) {
            double s = denseB[c];
            for (int f = 0; f < flat.length; f++) s += denseW[c][f] * flat[f];
            logits[c] = s;
        }
        return logits;
    }
}
