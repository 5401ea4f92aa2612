package com.mljudge.python;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.mljudge.judge.Judge;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.JudgeTask;
import com.mljudge.judge.ReferenceOutputs;
import com.mljudge.judge.TestResult;
import com.mljudge.judge.Verdict;
import com.mljudge.problembank.Problem;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.problembank.PythonSolutions;
import com.mljudge.problembank.WrongSolution;
import com.mljudge.problems.ProblemTasks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank's Python solutions through the real Python runner, against the outputs of the
 * Java reference as the bank's own self-check computes them: each problem's
 * {@code python/solution.py} is accepted with score 100 and each of its
 * {@code python/wrong/} gets the verdict it expects. {@code -Dpython.bank.only=a,b}
 * checks only those problems (for authors); the time of each problem is printed.
 */
class PythonBankSelfCheckTests {

	private static final ProblemBank BANK = ProblemBank.loadFromClasspath();

	private static final Judge JAVA = new Judge();

	private static final GraalPythonRunner PYTHON = new GraalPythonRunner(2_000);

	@Test
	void onlyNamesProblemsWithPythonSolutions() {
		Set<String> only = only();
		Set<String> known = withPython().stream().map(Problem::slug).collect(Collectors.toSet());
		assertThat(only).as("-Dpython.bank.only names problems without Python solutions").isSubsetOf(known);
	}

	@TestFactory
	Stream<DynamicTest> everyPythonSolutionGetsItsVerdict() {
		Set<String> only = only();
		return withPython().stream()
			.filter((p) -> only.isEmpty() || only.contains(p.slug()))
			.map((problem) -> DynamicTest.dynamicTest(problem.slug(), () -> check(problem)));
	}

	private static void check(Problem problem) {
		long start = System.nanoTime();
		JudgeTask task = ProblemTasks.task(problem);
		ReferenceOutputs reference = JAVA.computeReference(problem.coding().referenceSource(), task);
		PythonSolutions python = problem.coding().python();
		List<String> failures = new ArrayList<>();
		long solutionStart = System.nanoTime();
		JudgeResult accepted = PYTHON.judge(python.solutionSource(), task, reference);
		long solutionMillis = (System.nanoTime() - solutionStart) / 1_000_000;
		if (accepted.verdict() != Verdict.ACCEPTED || accepted.score() != 100) {
			failures.add(PythonSolutions.SOLUTION_FILE + " must be ACCEPTED with 100, " + describe(accepted));
		}
		for (WrongSolution wrong : python.wrongSolutions()) {
			JudgeResult result = PYTHON.judge(wrong.source(), task, reference);
			if (!result.verdict().name().equals(wrong.expected().name())) {
				failures.add(wrong.file() + " must get " + wrong.expected() + ", " + describe(result));
			}
		}
		System.out.printf("python self-check %s: %d ms (solution %d ms, slowest test CPU %d ms of %d, %d wrong)%n",
				problem.slug(), (System.nanoTime() - start) / 1_000_000, solutionMillis, slowestTest(accepted),
				com.mljudge.judge.PythonRunner.limitsFor(task.limits()).cpuMillisPerTest(),
				python.wrongSolutions().size());
		assertThat(failures).as("%s: %s", problem.slug(), String.join("; ", failures)).isEmpty();
	}

	private static long slowestTest(JudgeResult result) {
		return result.tests().stream().mapToLong(TestResult::timeMillis).max().orElse(0);
	}

	private static String describe(JudgeResult result) {
		String failing = result.tests()
			.stream()
			.filter((t) -> t.verdict() != Verdict.ACCEPTED)
			.limit(3)
			.map((t) -> "test '" + t.name() + "' " + t.verdict() + " (" + t.timeMillis() + " ms): " + t.message())
			.collect(Collectors.joining("; "));
		String diagnostics = result.diagnostics().isEmpty() ? "" : " " + result.diagnostics();
		return "got " + result.verdict() + " (score " + result.score() + ")" + diagnostics
				+ (failing.isEmpty() ? "" : ": " + failing);
	}

	private static List<Problem> withPython() {
		return BANK.codingProblems().stream().filter((p) -> p.coding().python() != null).toList();
	}

	private static Set<String> only() {
		String only = System.getProperty("python.bank.only", "");
		return Arrays.stream(only.split(","))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
