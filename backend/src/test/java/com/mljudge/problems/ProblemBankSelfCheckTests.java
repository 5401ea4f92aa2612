package com.mljudge.problems;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.mljudge.judge.Judge;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.JudgeTask;
import com.mljudge.judge.ReferenceOutputs;
import com.mljudge.judge.TestResult;
import com.mljudge.judge.Verdict;
import com.mljudge.problembank.Problem;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.problembank.WrongSolution;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank checks itself through the real judge: every reference scores 100, every known-wrong solution
 * gets its expected verdict, every starter compiles and does not pass. A failure names the problem.
 */
class ProblemBankSelfCheckTests {

	private static final ProblemBank BANK = ProblemBank.loadFromClasspath();

	private static final Judge JUDGE = new Judge();

	@Test
	void theBankHasCodingProblems() {
		assertThat(BANK.codingProblems()).isNotEmpty();
	}

	@TestFactory
	Stream<DynamicNode> everyCodingProblemChecksOut() {
		return BANK.codingProblems().stream().map(ProblemBankSelfCheckTests::checks);
	}

	private static DynamicContainer checks(Problem problem) {
		JudgeTask task = ProblemTasks.task(problem);
		ReferenceOutputs[] reference = new ReferenceOutputs[1];
		List<DynamicTest> tests = new java.util.ArrayList<>();
		tests.add(DynamicTest.dynamicTest("reference scores 100", () -> {
			reference[0] = JUDGE.computeReference(problem.coding().referenceSource(), task);
			JudgeResult result = JUDGE.judge(problem.coding().referenceSource(), task, reference[0]);
			assertThat(result.verdict()).as("%s: reference verdict %s", problem.slug(), describe(result))
				.isEqualTo(Verdict.ACCEPTED);
			assertThat(result.score()).as(problem.slug()).isEqualTo(100);
		}));
		tests.add(DynamicTest.dynamicTest("starter compiles and does not pass", () -> {
			JudgeResult result = JUDGE.judge(problem.coding().starterSource(), task, reference(problem, task, reference));
			assertThat(result.verdict()).as("%s: starter %s", problem.slug(), describe(result))
				.isNotIn(Verdict.ACCEPTED, Verdict.COMPILE_ERROR, Verdict.REJECTED, Verdict.INTERNAL_ERROR);
		}));
		for (WrongSolution wrong : problem.coding().wrongSolutions()) {
			tests.add(DynamicTest.dynamicTest(wrong.file() + " gets " + wrong.expected(), () -> {
				JudgeResult result = JUDGE.judge(wrong.source(), task, reference(problem, task, reference));
				assertThat(result.verdict().name()).as("%s/%s: %s", problem.slug(), wrong.file(), describe(result))
					.isEqualTo(wrong.expected().name());
			}));
		}
		return DynamicContainer.dynamicContainer(problem.slug(), tests);
	}

	private static ReferenceOutputs reference(Problem problem, JudgeTask task, ReferenceOutputs[] cached) {
		if (cached[0] == null) {
			cached[0] = JUDGE.computeReference(problem.coding().referenceSource(), task);
		}
		return cached[0];
	}

	private static String describe(JudgeResult result) {
		String failing = result.tests()
			.stream()
			.filter((t) -> t.verdict() != Verdict.ACCEPTED)
			.limit(3)
			.map(TestResult::toString)
			.collect(Collectors.joining("; "));
		return result.verdict() + " score " + result.score() + " " + result.diagnostics() + " " + failing;
	}

}
