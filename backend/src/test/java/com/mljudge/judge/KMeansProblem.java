package com.mljudge.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The team's k-means problem as test data: entry point, reference, seeded tests.
 */
final class KMeansProblem {

	static final EntryPoint ENTRY = new EntryPoint("Solution", "cluster",
			List.of(double[][].class, int.class, double[][].class), int[].class);

	static final String REFERENCE = """
			public class Solution {
			    public static int[] cluster(double[][] points, int k, double[][] initialCentroids) {
			        int n = points.length;
			        int d = n == 0 ? 0 : points[0].length;
			        double[][] c = new double[k][];
			        for (int j = 0; j < k; j++) {
			            c[j] = (double[]) initialCentroids[j].clone();
			        }
			        int[] labels = new int[n];
			        for (int i = 0; i < n; i++) {
			            labels[i] = -1;
			        }
			        boolean changed = true;
			        while (changed) {
			            changed = false;
			            for (int i = 0; i < n; i++) {
			                int best = 0;
			                double bestDist = Double.POSITIVE_INFINITY;
			                for (int j = 0; j < k; j++) {
			                    double dist = 0;
			                    for (int t = 0; t < d; t++) {
			                        double diff = points[i][t] - c[j][t];
			                        dist += diff * diff;
			                    }
			                    if (dist < bestDist) {
			                        bestDist = dist;
			                        best = j;
			                    }
			                }
			                if (labels[i] != best) {
			                    labels[i] = best;
			                    changed = true;
			                }
			            }
			            double[][] sum = new double[k][d];
			            int[] count = new int[k];
			            for (int i = 0; i < n; i++) {
			                count[labels[i]]++;
			                for (int t = 0; t < d; t++) {
			                    sum[labels[i]][t] += points[i][t];
			                }
			            }
			            for (int j = 0; j < k; j++) {
			                if (count[j] > 0) {
			                    for (int t = 0; t < d; t++) {
			                        c[j][t] = sum[j][t] / count[j];
			                    }
			                }
			            }
			        }
			        return labels;
			    }
			}
			""";

	/**
	 * Same algorithm in modern Java (streams, var, records): Janino declines it, javac
	 * compiles it.
	 */
	static final String MODERN = """
			import java.util.stream.IntStream;

			public class Solution {
			    record Point(double[] x) {}

			    public static int[] cluster(double[][] points, int k, double[][] initialCentroids) {
			        var c = IntStream.range(0, k).mapToObj(j -> initialCentroids[j].clone()).toArray(double[][]::new);
			        var labels = new int[points.length];
			        java.util.Arrays.fill(labels, -1);
			        boolean changed = true;
			        while (changed) {
			            changed = false;
			            for (int i = 0; i < points.length; i++) {
			                var p = new Point(points[i]);
			                int best = 0;
			                double bestDist = Double.POSITIVE_INFINITY;
			                for (int j = 0; j < k; j++) {
			                    double dist = distance(p.x(), c[j]);
			                    if (dist < bestDist) { bestDist = dist; best = j; }
			                }
			                if (labels[i] != best) { labels[i] = best; changed = true; }
			            }
			            for (int j = 0; j < k; j++) {
			                final int cluster = j;
			                int[] members = IntStream.range(0, points.length).filter(i -> labels[i] == cluster).toArray();
			                if (members.length == 0) continue;
			                for (int t = 0; t < c[j].length; t++) {
			                    final int dim = t;
			                    c[j][t] = IntStream.of(members).mapToDouble(i -> points[i][dim]).sum() / members.length;
			                }
			            }
			        }
			        return labels;
			    }

			    private static double distance(double[] a, double[] b) {
			        double s = 0;
			        for (int t = 0; t < a.length; t++) { double diff = a[t] - b[t]; s += diff * diff; }
			        return s;
			    }
			}
			""";

	private KMeansProblem() {
	}

	static JudgeTask task(int tests) {
		return task(tests, Limits.defaults());
	}

	static JudgeTask task(int tests, Limits limits) {
		return new JudgeTask(ENTRY, tests(tests), Checkers.fromSpec("permutation", Map.of()), limits);
	}

	static List<TestCase> tests(int count) {
		List<TestCase> tests = new ArrayList<>();
		Random random = new Random(42);
		for (int n = 0; n < count; n++) {
			int k = 3 + random.nextInt(3);
			int d = 2 + random.nextInt(3);
			int size = 150 + random.nextInt(100);
			double[][] centers = new double[k][d];
			for (double[] center : centers) {
				for (int t = 0; t < d; t++) {
					center[t] = random.nextDouble() * 20 - 10;
				}
			}
			double[][] points = new double[size][d];
			for (int i = 0; i < size; i++) {
				double[] center = centers[random.nextInt(k)];
				for (int t = 0; t < d; t++) {
					points[i][t] = center[t] + random.nextGaussian();
				}
			}
			double[][] initial = new double[k][];
			for (int j = 0; j < k; j++) {
				initial[j] = points[random.nextInt(size)].clone();
			}
			tests.add(new TestCase("test-" + (n + 1), n < 2, 1 + n % 2, new Object[] { points, k, initial }, null));
		}
		return tests;
	}

}
