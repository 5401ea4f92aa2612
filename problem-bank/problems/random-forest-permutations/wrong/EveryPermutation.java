public class Solution {
    static int[][] X;
    static int[] Y;
    static int[] query;
    static int maxDepth, votesOne, votesAll;
    static boolean[] in;

    static int tree(int[] perm) {
        if (in == null || in.length != X.length) in = new boolean[X.length];
        java.util.Arrays.fill(in, true);
        for (int level = 0; level < maxDepth; level++) {
            int f = perm[level];
            int matching = 0;
            for (int r = 0; r < X.length; r++) if (in[r] && X[r][f] == query[f]) matching++;
            if (matching == 0) break;
            for (int r = 0; r < X.length; r++) if (in[r] && X[r][f] != query[f]) in[r] = false;
        }
        int tot = 0, ones = 0;
        for (int r = 0; r < X.length; r++) if (in[r]) { tot++; ones += Y[r]; }
        return 2 * ones > tot ? 1 : 0;
    }

    static void permute(int[] perm, int k) {
        if (k == perm.length) {
            votesOne += tree(perm);
            votesAll++;
            return;
        }
        for (int i = k; i < perm.length; i++) {
            int t = perm[k]; perm[k] = perm[i]; perm[i] = t;
            permute(perm, k + 1);
            t = perm[k]; perm[k] = perm[i]; perm[i] = t;
        }
    }

    public static int[] predict(int[][] trainX, int[] trainY, int[][] queries, int depth) {
        X = trainX;
        Y = trainY;
        int d = trainX[0].length;
        maxDepth = Math.min(depth, d);
        int[] out = new int[queries.length];
        for (int q = 0; q < queries.length; q++) {
            query = queries[q];
            votesOne = 0;
            votesAll = 0;
            int[] perm = new int[d];
            for (int f = 0; f < d; f++) perm[f] = f;
            permute(perm, 0);
            out[q] = 2 * votesOne > votesAll ? 1 : 0;
        }
        return out;
    }
}
