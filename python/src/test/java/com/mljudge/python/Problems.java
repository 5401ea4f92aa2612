package com.mljudge.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.mljudge.judge.Checkers;
import com.mljudge.judge.EntryPoint;
import com.mljudge.judge.Judge;
import com.mljudge.judge.JudgeTask;
import com.mljudge.judge.Limits;
import com.mljudge.judge.PythonRunner;
import com.mljudge.judge.ReferenceOutputs;
import com.mljudge.judge.TestCase;

/**
 * Problems the Python tests judge: k-means (labels up to permutation, against the Java
 * reference run by the Java judge) and a sum (for the attacks, whose point is the verdict
 * and that the runner still judges the next submission).
 */
final class Problems {

	static final String KMEANS_REFERENCE = """
			import java.util.Arrays;

			public class Solution {
				public static int[] cluster(double[][] points, int k, double[][] initialCentroids) {
					double[][] c = new double[k][];
					for (int j = 0; j < k; j++) {
						c[j] = initialCentroids[j].clone();
					}
					int n = points.length;
					int dims = points[0].length;
					int[] labels = new int[n];
					Arrays.fill(labels, -1);
					for (int iteration = 0; iteration < 100; iteration++) {
						boolean changed = false;
						for (int i = 0; i < n; i++) {
							int best = 0;
							double bestDistance = Double.POSITIVE_INFINITY;
							for (int j = 0; j < k; j++) {
								double d = 0;
								for (int x = 0; x < dims; x++) {
									double diff = points[i][x] - c[j][x];
									d += diff * diff;
								}
								if (d < bestDistance) {
									best = j;
									bestDistance = d;
								}
							}
							if (labels[i] != best) {
								labels[i] = best;
								changed = true;
							}
						}
						if (!changed) {
							break;
						}
						double[][] sums = new double[k][dims];
						int[] counts = new int[k];
						for (int i = 0; i < n; i++) {
							counts[labels[i]]++;
							for (int x = 0; x < dims; x++) {
								sums[labels[i]][x] += points[i][x];
							}
						}
						for (int j = 0; j < k; j++) {
							if (counts[j] > 0) {
								for (int x = 0; x < dims; x++) {
									c[j][x] = sums[j][x] / counts[j];
								}
							}
						}
					}
					return labels;
				}
			}
			""";

	/** Lloyd's algorithm as a candidate would write it in an interview. */
	static final String KMEANS_PYTHON = """
			def cluster(points, k, initial_centroids):
			    centroids = [list(c) for c in initial_centroids]
			    labels = [-1] * len(points)
			    for _ in range(100):
			        changed = False
			        for i, p in enumerate(points):
			            best, best_distance = 0, float('inf')
			            for j, c in enumerate(centroids):
			                d = 0.0
			                for a, b in zip(p, c):
			                    d += (a - b) * (a - b)
			                if d < best_distance:
			                    best, best_distance = j, d
			            if labels[i] != best:
			                labels[i] = best
			                changed = True
			        if not changed:
			            break
			        dims = len(points[0])
			        sums = [[0.0] * dims for _ in range(k)]
			        counts = [0] * k
			        for p, label in zip(points, labels):
			            counts[label] += 1
			            row = sums[label]
			            for x in range(dims):
			                row[x] += p[x]
			        for j in range(k):
			            if counts[j]:
			                centroids[j] = [s / counts[j] for s in sums[j]]
			    return labels
			""";

	/** Forgets to move the centroids: the labels of the first assignment only. */
	static final String KMEANS_PYTHON_NO_UPDATE = """
			def cluster(points, k, initial_centroids):
			    labels = []
			    for p in points:
			        distances = [sum((a - b) ** 2 for a, b in zip(p, c)) for c in initial_centroids]
			        labels.append(distances.index(min(distances)))
			    return labels
			""";

	private Problems() {
	}

	static JudgeTask kmeans(long cpuMillis, int... sizes) {
		EntryPoint entry = new EntryPoint("Solution", "cluster", List.of(double[][].class, int.class, double[][].class),
				int[].class);
		List<TestCase> tests = new ArrayList<>();
		for (int i = 0; i < sizes.length; i++) {
			tests.add(new TestCase("blobs-" + sizes[i], i == 0, 1, blobs(sizes[i], 4, 1000 + i), null));
		}
		return new JudgeTask(entry, tests, Checkers.fromSpec("permutation", Map.of()),
				Limits.defaults().withCpuMillisPerTest(cpuMillis).withWallMillisPerSubmission(120_000));
	}

	/**
	 * Four overlapping blobs, started from points that are not their centres, so Lloyd's
	 * iterations move labels.
	 */
	private static Object[] blobs(int n, int k, long seed) {
		Random random = new Random(seed);
		double[][] centres = { { 0, 0 }, { 4, 0 }, { 0, 4 }, { 4, 4 } };
		double[][] points = new double[n][];
		for (int i = 0; i < n; i++) {
			double[] centre = centres[i % k];
			points[i] = new double[] { centre[0] + 1.3 * random.nextGaussian(),
					centre[1] + 1.3 * random.nextGaussian() };
		}
		double[][] initial = new double[k][];
		for (int j = 0; j < k; j++) {
			initial[j] = points[j * 3 + 1].clone();
		}
		return new Object[] { points, k, initial };
	}

	static ReferenceOutputs reference(JudgeTask task) {
		return new Judge().computeReference(KMEANS_REFERENCE, task);
	}

	/**
	 * {@code double total(double[] xs)}, one sample test, expected 6.0; a Java CPU limit
	 * of {@link #SUM_CPU_MILLIS}, so Python gets that times
	 * {@link PythonRunner#TIME_FACTOR}.
	 */
	static JudgeTask sum() {
		return sum(SUM_CPU_MILLIS);
	}

	static final long SUM_CPU_MILLIS = 25;

	static JudgeTask sum(long cpuMillis) {
		EntryPoint entry = new EntryPoint("Solution", "total", List.of(double[].class), double.class);
		return new JudgeTask(entry,
				List.of(new TestCase("small", true, 1, new Object[] { new double[] { 1, 2, 3 } }, null)),
				Checkers.fromSpec("tolerance", Map.of()),
				Limits.defaults().withCpuMillisPerTest(cpuMillis).withWallMillisPerSubmission(30_000));
	}

	static final ReferenceOutputs SUM_REFERENCE = new ReferenceOutputs(List.of(6.0));

	static final String SUM_PYTHON = """
			def total(xs):
			    return sum(xs)
			""";

}
