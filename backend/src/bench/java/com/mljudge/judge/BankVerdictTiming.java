package com.mljudge.judge;

import java.util.Arrays;

import com.mljudge.problembank.Problem;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.problems.ProblemTasks;

/**
 * Wall time of whole verdicts of a bank problem's reference, with the per-test split of the last
 * one: where the submit-to-verdict time of the API goes. Run with {@code main} (args: slug,
 * verdicts, {@code same} or {@code distinct}). {@code distinct} adds a different comment to every
 * source, so no verdict finds warm classes of an earlier one.
 */
public final class BankVerdictTiming {

	private BankVerdictTiming() {
	}

	public static void main(String[] args) {
		String slug = (args.length > 0) ? args[0] : "kmeans";
		int count = (args.length > 1) ? Integer.parseInt(args[1]) : 40;
		boolean distinct = (args.length > 2) && "distinct".equals(args[2]);
		Problem problem = ProblemBank.loadFromClasspath().get(slug);
		JudgeTask task = ProblemTasks.task(problem);
		Judge judge = new Judge();
		ReferenceOutputs reference = judge.computeReference(problem.coding().referenceSource(), task);
		long[] millis = new long[count];
		JudgeResult last = null;
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			String source = problem.coding().referenceSource() + (distinct ? "\n// submission " + i + "\n" : "");
			last = judge.judge(source, task, reference);
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		long[] sorted = millis.clone();
		Arrays.sort(sorted);
		System.out.printf("%s (%s sources): %d verdicts, %s, p50 %d ms, min %d ms; all: %s%n", slug,
				distinct ? "distinct" : "same", count, last.verdict(),
				sorted[count / 2], sorted[0], Arrays.toString(millis));
		last.tests().forEach((t) -> System.out.printf("  %-40s %4d ms%n", t.name(), t.timeMillis()));
	}

}
