package com.mljudge.problembank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A judge-free self-check of every coding problem: sources compile, the reference runs every
 * test, the starter does not pass, and each known-wrong solution fails the way it says it does.
 * The verdict of a wrong solution is taken from its first failing test in file order.
 */
class ProblemSelfCheckTests {

	private static final long DEFAULT_LIMIT_MILLIS = 1000;

	/** Generous for the reference: the first run of a large test also pays for JIT warm-up. */
	private static final int REFERENCE_SLACK = 5;

	private static final ProblemBank BANK = ProblemBank.loadFromClasspath();

	private static final Map<String, List<Object>> EXPECTED = new ConcurrentHashMap<>();

	@TestFactory
	Stream<DynamicNode> everyCodingProblemChecksItself() {
		return BANK.codingProblems().stream().map((problem) -> {
			List<DynamicNode> checks = new ArrayList<>();
			checks.add(DynamicTest.dynamicTest("reference runs every test", () -> expected(problem)));
			checks.add(DynamicTest.dynamicTest("starter compiles and does not pass", () -> starterFails(problem)));
			for (WrongSolution wrong : problem.coding().wrongSolutions()) {
				checks.add(DynamicTest.dynamicTest(wrong.file() + " gets " + wrong.expected(),
						() -> wrongGetsItsVerdict(problem, wrong)));
			}
			return DynamicContainer.dynamicContainer(problem.slug(), checks);
		});
	}

	static List<Object> expected(Problem problem) {
		return EXPECTED.computeIfAbsent(problem.slug(), (slug) -> {
			CodingPart coding = problem.coding();
			Class<?> reference = SolutionCompiler.compile(coding.entryClass(), coding.referenceSource());
			List<Object> outputs = new ArrayList<>();
			for (TestSpec test : coding.tests()) {
				SolutionRun run = SolutionRun.call(reference, coding.signature(), test.args(),
						limit(problem) * REFERENCE_SLACK);
				if (!run.finished()) {
					throw new AssertionError(slug + ": reference " + describe(run) + " on test " + test.name(),
							run.error());
				}
				outputs.add(run.value());
			}
			return outputs;
		});
	}

	private static void starterFails(Problem problem) {
		CodingPart coding = problem.coding();
		Class<?> starter = SolutionCompiler.compile(coding.entryClass(), coding.starterSource());
		assertThat(firstFailure(problem, starter, limit(problem) * REFERENCE_SLACK)).as("starter of %s must fail a test", problem.slug())
			.isNotNull();
	}

	private static void wrongGetsItsVerdict(Problem problem, WrongSolution wrong) {
		CodingPart coding = problem.coding();
		if (wrong.expected() == ExpectedVerdict.COMPILE_ERROR) {
			try {
				SolutionCompiler.compile(coding.entryClass(), wrong.source());
				fail(wrong.file() + " compiles but expects COMPILE_ERROR");
			}
			catch (IllegalStateException expected) {
				return;
			}
		}
		Class<?> solution = SolutionCompiler.compile(coding.entryClass(), wrong.source());
		// Only a solution that should be too slow is held to the real limit; the others get slack,
		// so that a busy build machine cannot turn a wrong answer into a time-out.
		long limit = (wrong.expected() == ExpectedVerdict.TIME_LIMIT_EXCEEDED) ? limit(problem)
				: limit(problem) * REFERENCE_SLACK;
		Failure failure = firstFailure(problem, solution, limit);
		assertThat(failure).as("%s/%s passes every test", problem.slug(), wrong.file()).isNotNull();
		ExpectedVerdict actual = failure.run().timedOut() ? ExpectedVerdict.TIME_LIMIT_EXCEEDED
				: (failure.run().error() != null) ? ExpectedVerdict.RUNTIME_ERROR : ExpectedVerdict.WRONG_ANSWER;
		// Without the judge's allocation budget, a solution that allocates without bound shows up as
		// too slow or out of heap; the backend's self-check through the real judge tells MLE apart.
		if (wrong.expected() == ExpectedVerdict.MEMORY_LIMIT_EXCEEDED && (failure.run().timedOut()
				|| failure.run().error() instanceof OutOfMemoryError)) {
			actual = ExpectedVerdict.MEMORY_LIMIT_EXCEEDED;
		}
		assertThat(actual).as("%s/%s first fails test %s (%s)", problem.slug(), wrong.file(), failure.test(),
				describe(failure.run()))
			.isEqualTo(wrong.expected());
	}

	record Failure(String test, SolutionRun run) {
	}

	private static Failure firstFailure(Problem problem, Class<?> solution, long limitMillis) {
		CodingPart coding = problem.coding();
		List<Object> expected = expected(problem);
		for (int i = 0; i < coding.tests().size(); i++) {
			TestSpec test = coding.tests().get(i);
			SolutionRun run = SolutionRun.call(solution, coding.signature(), test.args(), limitMillis);
			if (!run.finished() || !OutputComparison.matches(coding.checker(), expected.get(i), run.value(), test.truth())) {
				return new Failure(test.name(), run);
			}
		}
		return null;
	}

	private static long limit(Problem problem) {
		Long cpu = problem.coding().limits().cpuMillisPerTest();
		return (cpu != null) ? cpu : DEFAULT_LIMIT_MILLIS;
	}

	private static String describe(SolutionRun run) {
		if (run.timedOut()) {
			return "timed out";
		}
		return (run.error() != null) ? "threw " + run.error() : "returned a different answer";
	}

}
