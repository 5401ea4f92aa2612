package com.mljudge.python;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.mljudge.judge.Checkers;
import com.mljudge.judge.EntryPoint;
import com.mljudge.judge.Judge;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.JudgeTask;
import com.mljudge.judge.Limits;
import com.mljudge.judge.ReferenceOutputs;
import com.mljudge.judge.TestCase;
import com.mljudge.judge.Verdict;
import com.mljudge.problembank.Problem;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.problems.ProblemTasks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run's memory verdict does not depend on what runs beside it (differential: alone and
 * beside). Seen in session 8: value-counts' solution, ACCEPTED alone, got
 * MEMORY_LIMIT_EXCEEDED after 9 ms of CPU beside top-k-cosine-retrieval, whose 50,000 x
 * 64 argument held about 500 MB while the judge converted it, unwatched; the collective
 * guard then blamed the run that had allocated past its limit (MEMORY.md).
 */
class PythonMemoryBesideTests {

	private static final GraalPythonRunner PYTHON = PythonJudgeTests.RUNNER;

	@Test
	void aSolutionAcceptedAloneIsAcceptedBesideARunWithALargeArgument() throws Exception {
		Problem problem = ProblemBank.loadFromClasspath()
			.codingProblems()
			.stream()
			.filter((p) -> p.slug().equals("value-counts"))
			.findFirst()
			.orElseThrow();
		JudgeTask task = ProblemTasks.task(problem);
		ReferenceOutputs reference = new Judge().computeReference(problem.coding().referenceSource(), task);
		String solution = problem.coding().python().solutionSource();
		JudgeResult alone = PYTHON.judge(solution, task, reference);
		assertThat(alone.verdict()).as(alone.toString()).isEqualTo(Verdict.ACCEPTED);

		double[][] matrix = new double[50_000][64];
		Random random = new Random(11);
		for (double[] row : matrix) {
			for (int j = 0; j < row.length; j++) {
				row[j] = random.nextGaussian();
			}
		}
		JudgeTask large = new JudgeTask(new EntryPoint("Solution", "rows", List.of(double[][].class), int.class),
				List.of(new TestCase("large", false, 1, new Object[] { matrix }, null)),
				Checkers.fromSpec("exact", Map.of()), Limits.defaults());
		ReferenceOutputs rows = new ReferenceOutputs(List.<Object>of(50_000));
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger heavyRuns = new AtomicInteger();
		Thread beside = new Thread(() -> {
			while (!stop.get()) {
				JudgeResult result = PYTHON.judge("def rows(m):\n    return len(m)\n", large, rows);
				assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
				heavyRuns.incrementAndGet();
			}
		}, "beside");
		beside.start();
		try {
			for (int round = 0; round < 5; round++) {
				JudgeResult result = PYTHON.judge(solution, task, reference);
				assertThat(result.verdict()).as("round %d beside %d large runs: %s", round, heavyRuns.get(), result)
					.isEqualTo(Verdict.ACCEPTED);
			}
		}
		finally {
			stop.set(true);
			beside.join();
		}
		assertThat(heavyRuns.get()).as("the large run ran beside").isPositive();
	}

}
