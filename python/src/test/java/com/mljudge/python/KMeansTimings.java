package com.mljudge.python;

import java.util.Arrays;

import com.mljudge.judge.Judge;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.JudgeTask;
import com.mljudge.judge.ReferenceOutputs;

/**
 * Prints the Python runner's cold start and its warm k-means verdicts (10,000 2-D points,
 * 4 clusters), beside the Java judge's on the same task. Not a test: PYTHON.md has the
 * command and the numbers.
 */
public final class KMeansTimings {

	private KMeansTimings() {
	}

	public static void main(String[] args) {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 20;
		JudgeTask task = Problems.kmeans(60_000, 10_000);
		ReferenceOutputs reference = Problems.reference(task);

		long start = System.nanoTime();
		GraalPythonRunner runner = new GraalPythonRunner();
		JudgeResult first = runner.judge(Problems.SUM_PYTHON, Problems.sum(), Problems.SUM_REFERENCE);
		System.out.printf("cold start (engine + first verdict, a sum): %d ms (%s)%n",
				(System.nanoTime() - start) / 1_000_000, first.verdict());

		long[] python = new long[runs];
		long[] pythonCpu = new long[runs];
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			JudgeResult result = runner.judge(Problems.KMEANS_PYTHON, task, reference);
			python[i] = (System.nanoTime() - t) / 1_000_000;
			pythonCpu[i] = result.tests().get(0).timeMillis();
			System.out.printf("python k-means run %d: verdict %s in %d ms (the test's CPU time %d ms)%n", i + 1,
					result.verdict(), python[i], pythonCpu[i]);
		}
		// A verdict with almost no work in the test: what a submission costs besides its
		// code (a fresh context, the prelude, the watch).
		long[] sum = new long[runs];
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			runner.judge(Problems.SUM_PYTHON, Problems.sum(), Problems.SUM_REFERENCE);
			sum[i] = (System.nanoTime() - t) / 1_000_000;
		}
		Judge judge = new Judge();
		long[] java = new long[runs];
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			judge.judge(Problems.KMEANS_REFERENCE, task, reference);
			java[i] = (System.nanoTime() - t) / 1_000_000;
		}
		System.out
			.printf("python verdict p50 of the last half: %d ms (test CPU p50 %d ms); python sum verdict p50: %d ms;"
					+ " java verdict p50: %d ms%n", p50(python), p50(pythonCpu), p50(sum), p50(java));
	}

	private static long p50(long[] values) {
		long[] half = Arrays.copyOfRange(values, values.length / 2, values.length);
		Arrays.sort(half);
		return half[half.length / 2];
	}

}
