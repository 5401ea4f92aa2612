public class Solution {
    public static int[] predict(int[][] trainX, int[] trainY, int[][] queries, int depth) {
        int n = trainX.length, d = trainX[0].length;
        int full = (1 << d) - 1;
        int maxDepth = Math.min(depth, d);
        long[] fact = new long[d + 1];
        fact[0] = 1;
        for (int i = 1; i <= d; i++) fact[i] = fact[i - 1] * i;
        int[] out = new int[queries.length];
        for (int q = 0; q < queries.length; q++) {
            // tot[S] / ones[S]: training rows agreeing with the query on every feature of S
            long[] tot = new long[1 << d], ones = new long[1 << d];
            for (int r = 0; r < n; r++) {
                int agree = 0;
                for (int f = 0; f < d; f++) if (trainX[r][f] == queries[q][f]) agree |= 1 << f;
                tot[agree]++;
                ones[agree] += trainY[r];
            }
            for (int f = 0; f < d; f++) {
                for (int s = 0; s <= full; s++) {
                    if ((s & (1 << f)) == 0) {
                        tot[s] += tot[s | (1 << f)];
                        ones[s] += ones[s | (1 << f)];
                    }
                }
            }
            // votesForOne[S]: orderings of the remaining features whose tree predicts 1, for a node S (non-empty)
            long[] votesForOne = new long[1 << d];
            for (int s = full; s >= 0; s--) {
                if (tot[s] == 0) continue;
                int k = Integer.bitCount(s);
                if (k > maxDepth) continue;
                int maj = 2 * ones[s] > tot[s] ? 1 : 0;
                if (k == maxDepth) {
                    votesForOne[s] = maj * fact[d - k];
                    continue;
                }
                long v = 0;
                for (int f = 0; f < d; f++) {
                    if ((s & (1 << f)) != 0) continue;
                    int child = s | (1 << f);
                    v += tot[child] > 0 ? votesForOne[child] : 0;
                }
                votesForOne[s] = v;
            }
            out[q] = 2 * votesForOne[0] > fact[d] ? 1 : 0;
        }
        return out;
    }
}
