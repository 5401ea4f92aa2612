import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

public class Solution {

    record Fold(int from, int to) {
        boolean contains(int i) {
            return i >= from && i < to;
        }

        int size() {
            return to - from;
        }
    }

    record Score(double lambda, double error) {
    }

    public static double[] crossValidateRidge(double[][] X, double[] y, int folds, double[] lambdas) {
        int n = X.length;
        int d = X[0].length;
        List<Fold> parts = new ArrayList<>();
        int start = 0;
        for (int f = 0; f < folds; f++) {
            int size = n / folds + (f < n % folds ? 1 : 0);
            parts.add(new Fold(start, start + size));
            start += size;
        }
        double[] cv = new double[lambdas.length];
        for (Fold fold : parts) {
            List<Integer> train = IntStream.range(0, n).filter(i -> !fold.contains(i)).boxed().toList();
            int m = train.size();
            double[] mx = IntStream.range(0, d).mapToDouble(a -> train.stream().mapToDouble(i -> X[i][a]).sum() / m).toArray();
            double my = train.stream().mapToDouble(i -> y[i]).sum() / m;
            double[][] gram = new double[d][d];
            double[] g = new double[d];
            for (int i : train) {
                for (int a = 0; a < d; a++) {
                    double ca = X[i][a] - mx[a];
                    g[a] += ca * (y[i] - my);
                    for (int b = 0; b < d; b++) {
                        gram[a][b] += ca * (X[i][b] - mx[b]);
                    }
                }
            }
            for (int c = 0; c < lambdas.length; c++) {
                double[][] A = new double[d][];
                for (int a = 0; a < d; a++) {
                    A[a] = gram[a].clone();
                    A[a][a] += lambdas[c];
                }
                double[] w = solve(A, g.clone());
                double b0 = my - IntStream.range(0, d).mapToDouble(a -> mx[a] * w[a]).sum();
                double sse = IntStream.range(fold.from(), fold.to()).mapToDouble(i -> {
                    double pred = b0 + dot(w, X[i]);
                    return (y[i] - pred) * (y[i] - pred);
                }).sum();
                cv[c] += sse / fold.size() / folds;
            }
        }
        Score best = IntStream.range(0, lambdas.length)
            .mapToObj(c -> new Score(lambdas[c], cv[c]))
            .min(Comparator.comparingDouble(Score::error).thenComparingDouble(Score::lambda))
            .get();
        double[] out = new double[lambdas.length + 1];
        out[0] = best.lambda();
        System.arraycopy(cv, 0, out, 1, lambdas.length);
        return out;
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int a = 0; a < w.length; a++) {
            s += w[a] * x[a];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] A, double[] b) {
        int d = b.length;
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int r = col + 1; r < d; r++) {
                if (Math.abs(A[r][col]) > Math.abs(A[pivot][col])) {
                    pivot = r;
                }
            }
            double[] row = A[col];
            A[col] = A[pivot];
            A[pivot] = row;
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            for (int r = col + 1; r < d; r++) {
                double factor = A[r][col] / A[col][col];
                for (int c = col; c < d; c++) {
                    A[r][c] -= factor * A[col][c];
                }
                b[r] -= factor * b[col];
            }
        }
        double[] w = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double s = b[i];
            for (int c = i + 1; c < d; c++) {
                s -= A[i][c] * w[c];
            }
            w[i] = s / A[i][i];
        }
        return w;
    }
}
