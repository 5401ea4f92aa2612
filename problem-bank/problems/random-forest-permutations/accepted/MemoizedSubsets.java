import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public class Solution {

    record Node(long rows, long ones) {
        int majority() {
            return 2 * ones > rows ? 1 : 0;
        }
    }

    public static int[] predict(int[][] trainX, int[] trainY, int[][] queries, int depth) {
        int d = trainX[0].length;
        long[] factorial = new long[d + 1];
        factorial[0] = 1;
        for (int i = 1; i <= d; i++) {
            factorial[i] = factorial[i - 1] * i;
        }
        return Arrays.stream(queries).mapToInt(query -> {
            int[] agree = Arrays.stream(trainX).mapToInt(row -> {
                int mask = 0;
                for (int f = 0; f < d; f++) {
                    mask |= (row[f] == query[f]) ? 1 << f : 0;
                }
                return mask;
            }).toArray();
            Forest forest = new Forest(agree, trainY, d, Math.min(depth, d), factorial);
            return 2 * forest.votesForOne(0) > factorial[d] ? 1 : 0;
        }).toArray();
    }

    /** Trees counted by the set of features already split on: orders sharing a prefix set share a node. */
    static final class Forest {

        private final int[] agree;

        private final int[] labels;

        private final int d;

        private final int maxDepth;

        private final long[] factorial;

        private final Map<Integer, Long> memo = new HashMap<>();

        Forest(int[] agree, int[] labels, int d, int maxDepth, long[] factorial) {
            this.agree = agree;
            this.labels = labels;
            this.d = d;
            this.maxDepth = maxDepth;
            this.factorial = factorial;
        }

        Node node(int used) {
            long rows = 0;
            long ones = 0;
            for (int r = 0; r < agree.length; r++) {
                if ((agree[r] & used) == used) {
                    rows++;
                    ones += labels[r];
                }
            }
            return new Node(rows, ones);
        }

        long votesForOne(int used) {
            Long known = memo.get(used);
            if (known != null) {
                return known;
            }
            Node here = node(used);
            int k = Integer.bitCount(used);
            long votes = 0;
            if (k == maxDepth) {
                votes = here.majority() * factorial[d - k];
            }
            else {
                for (int f = 0; f < d; f++) {
                    if ((used & (1 << f)) != 0) {
                        continue;
                    }
                    int child = used | (1 << f);
                    votes += (node(child).rows() > 0) ? votesForOne(child) : here.majority() * factorial[d - k - 1];
                }
            }
            memo.put(used, votes);
            return votes;
        }
    }
}
