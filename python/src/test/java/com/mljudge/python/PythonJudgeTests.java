package com.mljudge.python;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.mljudge.judge.Checkers;
import com.mljudge.judge.Diagnostic;
import com.mljudge.judge.EntryPoint;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.JudgeTask;
import com.mljudge.judge.Limits;
import com.mljudge.judge.PythonRunner;
import com.mljudge.judge.ReferenceOutputs;
import com.mljudge.judge.TestCase;
import com.mljudge.judge.TestResult;
import com.mljudge.judge.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class PythonJudgeTests {

	static final GraalPythonRunner RUNNER = new GraalPythonRunner(2_000);

	private static final JudgeTask KMEANS = Problems.kmeans(30_000, 20, 300, 1_000);

	private static final ReferenceOutputs KMEANS_REFERENCE = Problems.reference(KMEANS);

	@Test
	void acceptsLloydKMeansAgainstTheJavaReference() {
		JudgeResult result = RUNNER.judge(Problems.KMEANS_PYTHON, KMEANS, KMEANS_REFERENCE);

		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
		assertThat(result.score()).isEqualTo(100);
		assertThat(result.compiler()).isEqualTo("graalpy");
		assertThat(result.tests()).hasSize(3).allMatch((t) -> t.verdict() == Verdict.ACCEPTED);
		assertThat((int[]) result.tests().get(0).actual()).hasSize(20);
		assertThat(result.tests().get(2).actual()).as("hidden tests' outputs stay hidden").isNull();
	}

	@Test
	void kMeansThatNeverMovesItsCentroidsIsAWrongAnswer() {
		JudgeResult result = RUNNER.judge(Problems.KMEANS_PYTHON_NO_UPDATE, KMEANS, KMEANS_REFERENCE);

		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.WRONG_ANSWER);
		assertThat(result.score()).isLessThan(100);
	}

	@Test
	void runsUnderTheProblemsCpuLimitTimesThePythonFactor() {
		JudgeResult result = RUNNER.judge("def total(xs):\n    while True:\n        pass\n", Problems.sum(20),
				Problems.SUM_REFERENCE);

		assertThat(result.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
		assertThat(result.tests().get(0).message())
			.isEqualTo("CPU time limit of " + 20 * PythonRunner.TIME_FACTOR + " ms exceeded");
		assertThat(result.tests().get(0).timeMillis()).isGreaterThanOrEqualTo(20 * PythonRunner.TIME_FACTOR);
	}

	@Test
	void syntaxErrorIsACompileErrorAtItsLine() {
		JudgeResult result = RUNNER.judge("""
				def total(xs):
				    s = 0
				    for x in xs:
				        s += * x
				    return s
				""", Problems.sum(), Problems.SUM_REFERENCE);

		assertThat(result.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
		assertThat(result.diagnostics()).as(result.diagnostics().toString()).singleElement().satisfies((d) -> {
			assertThat(d.line()).isEqualTo(4);
			assertThat(d.message()).startsWith("SyntaxError").doesNotContain("solution.py");
		});
	}

	@Test
	void exceptionIsARuntimeErrorAtItsLineWithItsFrames() {
		JudgeResult result = RUNNER.judge("""
				def half(x):
				    return x / 0

				def total(xs):
				    return half(sum(xs))
				""", Problems.sum(), Problems.SUM_REFERENCE);

		assertThat(result.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
		assertThat(result.tests().get(0).message()).startsWith("ZeroDivisionError: division by zero")
			.contains("at half (line 2)\n    at total (line 5)");
	}

	@Test
	void exceptionAtTheTopLevelIsARuntimeErrorAtItsLine() {
		JudgeResult result = RUNNER.judge("""
				def total(xs):
				    return sum(xs)

				WEIGHTS = {'a': 1}['b']
				""", Problems.sum(), Problems.SUM_REFERENCE);

		assertThat(result.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
		assertThat(result.diagnostics()).extracting(Diagnostic::line).containsExactly(4);
		assertThat(result.diagnostics().get(0).message()).startsWith("KeyError: 'b'");
	}

	@Test
	void missingFunctionIsACompileErrorNamingIt() {
		JudgeResult result = RUNNER.judge("def add(xs):\n    return sum(xs)\n", Problems.sum(), Problems.SUM_REFERENCE);

		assertThat(result.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
		assertThat(result.diagnostics().get(0).message()).contains("no function total(");
	}

	@Test
	void resultOfTheWrongTypeIsAWrongAnswerSayingWhere() {
		JudgeResult result = RUNNER.judge("""
				def cluster(points, k, initial_centroids):
				    return [0] * (len(points) - 1) + ['0']
				""", KMEANS, KMEANS_REFERENCE);

		assertThat(result.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
		assertThat(result.tests().get(0).message()).isEqualTo("the result[19] is a str where int is expected");
	}

	@Test
	void intResultWhereAFloatIsExpectedIsAccepted() {
		JudgeResult result = RUNNER.judge("def total(xs):\n    return 6\n", Problems.sum(), Problems.SUM_REFERENCE);

		assertThat(result.verdict()).isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void printedOutputOfSamplesIsShown() {
		JudgeResult result = RUNNER.judge("def total(xs):\n    print('adding', len(xs))\n    return sum(xs)\n",
				Problems.sum(), Problems.SUM_REFERENCE);

		assertThat(result.verdict()).isEqualTo(Verdict.ACCEPTED);
		assertThat(result.stdout()).isEqualTo("adding 3\n");
	}

	@Test
	void randomIsSeededPerSubmission() {
		String source = "import random\n\ndef total(xs):\n    print(random.random())\n    return sum(xs)\n";

		String first = RUNNER.judge(source, Problems.sum(), Problems.SUM_REFERENCE).stdout();
		String again = RUNNER.judge(source, Problems.sum(), Problems.SUM_REFERENCE).stdout();
		String other = RUNNER.judge(source + "# another submission\n", Problems.sum(), Problems.SUM_REFERENCE).stdout();

		assertThat(again).as("the same submission judged again draws the same numbers").isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
	}

	@Test
	void solutionMutatingItsArgumentsLeavesTheTestsIntact() {
		double[] data = { 1, 2, 3 };
		JudgeTask task = new JudgeTask(Problems.sum().entry(),
				List.of(new TestCase("small", true, 1, new Object[] { data }, null)),
				Checkers.fromSpec("tolerance", Map.of()), Limits.defaults());

		JudgeResult result = RUNNER.judge("def total(xs):\n    s = sum(xs)\n    xs[0] = 100.0\n    return s\n", task,
				Problems.SUM_REFERENCE);

		assertThat(result.verdict()).isEqualTo(Verdict.ACCEPTED);
		assertThat(data).containsExactly(1, 2, 3);
	}

	@Test
	void everySignatureTypeCrossesBothWays() {
		EntryPoint entry = new EntryPoint(
				"Solution", "echoAll", List.of(int.class, long.class, double.class, boolean.class, char.class,
						String.class, int[].class, long[][].class, boolean[].class, char[].class, String[][].class),
				String.class);
		Object[] args = { 7, 1L << 40, 0.5, true, 'q', "héllo", new int[] { 1, 2 }, new long[][] { { 3L }, {} },
				new boolean[] { false }, new char[] { 'a', 'b' }, new String[][] { { "x", null } } };
		JudgeTask task = new JudgeTask(entry, List.of(new TestCase("all", true, 1, args, null)),
				Checkers.fromSpec("exact", Map.of()), Limits.defaults());
		String expected = "[7, 1099511627776, 0.5, True, 'q', 'héllo', [1, 2], [[3], []], [False], ['a', 'b'], [['x', None]]]"
				+ " [int, int, float, bool, str, str, list, list, list, list, list]";

		JudgeResult result = RUNNER.judge("""
				def echo_all(*values):
				    return str(list(values)) + ' [' + ', '.join(type(v).__name__ for v in values) + ']'
				""", task, new ReferenceOutputs(List.of(expected)));

		assertThat(result.verdict()).as(String.valueOf(result.tests().get(0))).isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void numbersCrossInBulkExactlyWithNullRows() {
		EntryPoint entry = new EntryPoint("Solution", "show", List.of(double[][].class, long[].class), String.class);
		Object[] args = { new double[][] { { 0.1, 1e-300, Double.MIN_VALUE, -0.0, 1e22 }, null, {} },
				new long[] { Long.MAX_VALUE, Long.MIN_VALUE } };
		JudgeTask task = new JudgeTask(entry, List.of(new TestCase("edges", true, 1, args, null)),
				Checkers.fromSpec("exact", Map.of()), Limits.defaults());
		String expected = "True None [] [9223372036854775807, -9223372036854775808]";

		// Compared as values: GraalPy prints the smallest subnormal as Java does
		// (4.9e-324).
		JudgeResult result = RUNNER.judge("""
				import math

				def show(grid, big):
				    exact = grid[0] == [0.1, 1e-300, 5e-324, -0.0, 1e22] and math.copysign(1, grid[0][3]) < 0
				    return ' '.join([repr(exact), repr(grid[1]), repr(grid[2]), repr(big)])
				""", task, new ReferenceOutputs(List.of(expected)));

		assertThat(result.tests().get(0).actual()).isEqualTo(expected);
	}

	@Test
	void arraysOfEveryKindComeBackAsJavaArrays() {
		EntryPoint entry = new EntryPoint("Solution", "grid", List.of(), double[][].class);
		JudgeTask task = new JudgeTask(entry, List.of(new TestCase("grid", true, 1, new Object[0], null)),
				Checkers.fromSpec("tolerance", Map.of()), Limits.defaults());

		JudgeResult result = RUNNER.judge("def grid():\n    return [(1, 2.5), [3]]\n", task,
				new ReferenceOutputs(List.<Object>of((Object) new double[][] { { 1, 2.5 }, { 3 } })));

		assertThat(result.verdict()).isEqualTo(Verdict.ACCEPTED);
		assertThat(Arrays.deepToString((double[][]) result.tests().get(0).actual())).isEqualTo("[[1.0, 2.5], [3.0]]");
	}

	@Test
	void camelCaseFunctionNameIsAcceptedToo() {
		JudgeTask task = new JudgeTask(new EntryPoint("Solution", "rocAuc", List.of(double[].class), double.class),
				Problems.sum().tests(), Checkers.fromSpec("tolerance", Map.of()), Limits.defaults());

		assertThat(RUNNER.judge("def rocAuc(xs):\n    return sum(xs)\n", task, Problems.SUM_REFERENCE).verdict())
			.isEqualTo(Verdict.ACCEPTED);
		assertThat(RUNNER.judge("def roc_auc(xs):\n    return sum(xs)\n", task, Problems.SUM_REFERENCE).verdict())
			.isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void buildsNoEngineUntilTheWorkersAskForTheWarmUp() throws InterruptedException {
		// A web-only instance looks the runner up too (to say whether Python is on).
		GraalPythonRunner runner = new GraalPythonRunner();
		Thread.sleep(500);
		assertThat(runner.engineBuilt()).isFalse();

		runner.startWarmUp();
		runner.startWarmUp();
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
		while (!runner.engineBuilt() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(runner.engineBuilt()).isTrue();
		assertThat(Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((t) -> t.getName().equals(GraalPythonRunner.WARM_UP_THREAD) && t.isAlive()))
			.as("one warm-up however often it is asked for")
			.hasSizeLessThanOrEqualTo(1);
	}

	@Test
	void warmUpJudgesItsOwnSolutionToAccepted() {
		long before = RUNNER.health().judged();

		JudgeResult result = RUNNER.warmUp();

		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
		assertThat(RUNNER.health().judged()).isEqualTo(before + 3);
		assertThat(RUNNER.health().up()).isTrue();
	}

	static void assertStillJudges() {
		JudgeResult result = RUNNER.judge(Problems.SUM_PYTHON, Problems.sum(), Problems.SUM_REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
		assertThat(RUNNER.health().up()).isTrue();
	}

	static TestResult onlyTest(JudgeResult result) {
		assertThat(result.tests()).hasSize(1);
		return result.tests().get(0);
	}

}
