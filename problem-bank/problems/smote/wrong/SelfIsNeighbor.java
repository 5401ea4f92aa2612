public class Solution {
    static int[] neighbors(double[][] pts, int i, int k) {
        // keep the k best (distance, index) pairs in a small sorted array: O(n * (d + k))
        int[] best = new int[k];
        double[] bestDist = new double[k];
        int size = 0;
        for (int j = 0; j < pts.length; j++) {
            double s = 0;
            for (int f = 0; f < pts[i].length; f++) {
                double diff = pts[j][f] - pts[i][f];
                s += diff * diff;
            }
            // j is larger than every index already kept, so on equal distance it goes after them
            if (size == k && s >= bestDist[k - 1]) continue;
            int pos = size < k ? size++ : k - 1;
            while (pos > 0 && bestDist[pos - 1] > s) {
                best[pos] = best[pos - 1];
                bestDist[pos] = bestDist[pos - 1];
                pos--;
            }
            best[pos] = j;
            bestDist[pos] = s;
        }
        return best;
    }

    public static double[][] smote(double[][] minority, int k, int[] baseIndex, int[] neighborRank, double[] gaps) {
        int[][] cache = new int[minority.length][];
        double[][] out = new double[baseIndex.length][];
        for (int s = 0; s < baseIndex.length; s++) {
            int b = baseIndex[s];
            if (cache[b] == null) cache[b] = neighbors(minority, b, k);
            double[] x = minority[b];
            double[] z = minority[cache[b][neighborRank[s]]];
            double[] p = new double[x.length];
            for (int f = 0; f < x.length; f++) p[f] = x[f] + gaps[s] * (z[f] - x[f]);
            out[s] = p;
        }
        return out;
    }
}
