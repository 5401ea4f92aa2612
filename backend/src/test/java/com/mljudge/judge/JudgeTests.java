package com.mljudge.judge;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static com.mljudge.judge.AttackHarness.REFERENCE;
import static com.mljudge.judge.AttackHarness.TASK;
import static com.mljudge.judge.AttackHarness.solution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JudgeTests {

	private static final Judge JUDGE = new Judge();

	private static final JudgeTask KMEANS = KMeansProblem.task(10);

	private static final ReferenceOutputs KMEANS_REFERENCE = JUDGE.computeReference(KMeansProblem.REFERENCE, KMEANS);

	@Test
	void acceptsTheReferenceCompiledByJanino() {
		JudgeResult result = JUDGE.judge(KMeansProblem.REFERENCE, KMEANS, KMEANS_REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
		assertThat(result.score()).isEqualTo(100);
		assertThat(result.compiler()).isEqualTo("janino");
		assertThat(result.tests()).hasSize(10);
	}

	@Test
	void acceptsModernJavaThroughJavac() {
		JudgeResult result = JUDGE.judge(KMeansProblem.MODERN, KMEANS, KMEANS_REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
		assertThat(result.compiler()).isEqualTo("javac");
	}

	@Test
	void libraryMethodReferencesOfEveryKindStillWork() {
		String source = """
				import java.util.*;
				import java.util.function.*;
				import java.util.stream.*;
				public class Solution {
				    public static int solve(int n) {
				        StringBuilder text = new StringBuilder();
				        IntFunction<int[]> arrays = int[]::new;
				        Function<int[], Object> copy = int[]::clone;
				        Supplier<List<Integer>> lists = ArrayList::new;
				        List<Integer> values = lists.get();
				        Stream.of("2", "1", "3").map(Integer::parseInt).sorted(Comparator.naturalOrder())
				            .forEach(values::add);
				        values.stream().map(String::valueOf).forEach(text::append);
				        int[] copied = (int[]) copy.apply(arrays.apply(2));
				        int sum = values.stream().mapToInt(Integer::intValue).sum() + copied.length;
				        return text.toString().equals("123") && sum == 8 ? n + 1 : -1;
				    }
				}
				""";
		JudgeResult result = JUDGE.judge(source, TASK, REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
		assertThat(result.compiler()).isEqualTo("javac");
	}

	@Test
	void keepsClassFilesWarmForTheNextVerdictOfTheSameSource() {
		Judge judge = new Judge();
		assertThat(judge.judge(AttackHarness.ORDINARY, TASK, REFERENCE).verdict()).isEqualTo(Verdict.ACCEPTED);
		assertThat(judge.judge(AttackHarness.ORDINARY, TASK, REFERENCE).verdict()).isEqualTo(Verdict.ACCEPTED);
		assertThat(judge.warmClasses()).isEqualTo(1);
		String stateful = "public class Solution { static int calls; public static int solve(int n) { calls++; "
				+ "return calls <= 2 ? n + 1 : -1; } }";
		for (int i = 0; i < 3; i++) {
			assertThat(judge.judge(stateful, TASK, REFERENCE).verdict())
				.as("classes are defined afresh for each verdict: static state starts over")
				.isEqualTo(Verdict.ACCEPTED);
		}
		assertThat(judge.warmClasses()).isEqualTo(2);
	}

	@Test
	void aWarmSourceStillGetsItsOwnOutputAndVerdictPerTask() {
		Judge judge = new Judge();
		String printing = "public class Solution { public static int solve(int n) { System.out.println(n); "
				+ "return n + 1; } }";
		JudgeResult first = judge.judge(printing, TASK, REFERENCE);
		JudgeResult second = judge.judge(printing, TASK, REFERENCE);
		assertThat(second.stdout()).isEqualTo(first.stdout()).isEqualTo("3\n");
		JudgeResult wrong = judge.judge(printing, TASK, new ReferenceOutputs(List.of(4, 7)));
		assertThat(wrong.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
	}

	@Test
	void showsSampleOutputsButHidesHiddenOnes() {
		JudgeResult result = JUDGE.judge(KMeansProblem.REFERENCE, KMEANS, KMEANS_REFERENCE);
		assertThat(result.tests().get(0).sample()).isTrue();
		assertThat(result.tests().get(0).actual()).isInstanceOf(int[].class);
		assertThat(result.tests().get(5).actual()).isNull();
	}

	@Test
	void scoresWeightedTestsOnWrongAnswer() {
		String everyPointInClusterZero = "public class Solution { public static int[] cluster(double[][] p, int k, "
				+ "double[][] c) { return new int[p.length]; } }";
		JudgeResult result = JUDGE.judge(everyPointInClusterZero, KMEANS, KMEANS_REFERENCE);
		assertThat(result.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
		assertThat(result.score()).isLessThan(100);
		assertThat(result.tests().get(0).message()).contains("renaming");
	}

	@Test
	void reportsEveryCompileErrorWithLineAndColumnLikeJavac() {
		String source = """
				public class Solution {
				    public static int solve(int n) {
				        int x = "text";
				        return y + 1;
				    }
				}
				""";
		JudgeResult result = JUDGE.judge(source, TASK, REFERENCE);
		assertThat(result.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
		assertThat(result.diagnostics()).hasSize(2);
		assertThat(result.diagnostics().get(0)).satisfies((d) -> {
			assertThat(d.line()).isEqualTo(3);
			assertThat(d.column()).isEqualTo(17);
			assertThat(d.message()).contains("incompatible types");
		});
		assertThat(result.diagnostics().get(1)).satisfies((d) -> {
			assertThat(d.line()).isEqualTo(4);
			assertThat(d.message()).contains("cannot find symbol");
		});
		assertThat(result.toString()).doesNotContainIgnoringCase("janino").doesNotContain("com.mljudge");
	}

	@Test
	void rejectsReflectionWithLineNumber() {
		String source = """
				public class Solution {
				    public static int solve(int n) throws Exception {
				        int m = n + 1;
				        return Class.forName("java.lang.Runtime").hashCode() + m;
				    }
				}
				""";
		JudgeResult result = JUDGE.judge(source, TASK, REFERENCE);
		assertThat(result.verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(result.diagnostics()).singleElement().satisfies((d) -> {
			assertThat(d.line()).isEqualTo(4);
			assertThat(d.message()).isEqualTo("not allowed: java.lang.Class.forName");
		});
	}

	@Test
	void judgesADeniedInterfaceMethodWhereItIsDeclared() {
		JudgeResult result = JUDGE.judge(
				solution("", "return (int) new java.util.ArrayList<Integer>().parallelStream().count();"), TASK,
				REFERENCE);
		assertThat(result.diagnostics()).extracting(Diagnostic::message)
			.containsExactly("not allowed: java.util.Collection.parallelStream");
	}

	@Test
	void reportsRuntimeErrorsWithTheUsersOwnFrames() {
		String source = """
				public class Solution {
				    public static int solve(int n) {
				        return helper(new int[2], n);
				    }

				    static int helper(int[] a, int n) {
				        return a[n];
				    }
				}
				""";
		JudgeResult result = JUDGE.judge(source, TASK, REFERENCE);
		assertThat(result.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
		String message = result.tests().get(0).message();
		assertThat(message).startsWith("java.lang.ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 2")
			.contains("at Solution.helper(Solution.java:7)")
			.contains("at Solution.solve(Solution.java:3)")
			.doesNotContain("com.mljudge")
			.doesNotContain("java.lang.reflect");
	}

	@Test
	void callsInstanceMethodsOnAFreshInstance() {
		JudgeResult result = JUDGE.judge("class Solution { int solve(int n) { return n + 1; } }", TASK, REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void explainsAMissingEntryPoint() {
		JudgeResult result = JUDGE.judge("class Solution { static int solve(long n) { return 1; } }", TASK, REFERENCE);
		assertThat(result.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
		assertThat(result.diagnostics().get(0).message())
			.isEqualTo("method int solve(int) not found in class Solution");
	}

	@Test
	void capturesBoundedStandardOutput() {
		JudgeResult result = JUDGE.judge(solution("", "System.out.println(\"n=\" + n); return n + 1;"), TASK,
				REFERENCE);
		assertThat(result.verdict()).isEqualTo(Verdict.ACCEPTED);
		assertThat(result.stdout()).as("only the sample's output: the hidden test's would show its input")
			.isEqualTo("n=3\n");
	}

	@Test
	void keepsTheTestDataSafeFromInputMutation() {
		String vandal = """
				public class Solution {
				    public static int[] cluster(double[][] p, int k, double[][] c) {
				        for (double[] row : p) java.util.Arrays.fill(row, 0);
				        c[0] = null;
				        return new int[p.length];
				    }
				}
				""";
		JUDGE.judge(vandal, KMEANS, KMEANS_REFERENCE);
		JudgeResult after = JUDGE.judge(KMeansProblem.REFERENCE, KMEANS, KMEANS_REFERENCE);
		assertThat(after.verdict()).isEqualTo(Verdict.ACCEPTED);
		assertThat(((double[][]) KMEANS.tests().get(0).args()[2])[0]).isNotNull();
	}

	@Test
	void neverRunsUserObjectsOnServerThreads() {
		JudgeTask objects = new JudgeTask(new EntryPoint("Solution", "solve", List.of(int.class), Object[].class),
				List.of(new TestCase("t", true, 1, new Object[] { 1 }, null)), Checkers.fromSpec("exact", Map.of()),
				AttackHarness.LIMITS);
		String trap = """
				public class Solution {
				    static class Trap {
				        public boolean equals(Object o) { while (true) { } }
				        public int hashCode() { while (true) { } }
				        public String toString() { while (true) { } }
				    }
				    public static Object[] solve(int n) { return new Object[] { new Trap() }; }
				}
				""";
		JudgeResult result = JUDGE.judge(trap, objects, new ReferenceOutputs(List.of(new Object[] { 1 })));
		assertThat(result.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
		assertThat(result.tests().get(0).message()).contains("Solution$Trap cannot be judged");
	}

	@Test
	void holdsNoLockOnInternedStringsWhileUserCodeRuns() throws Exception {
		String locker = solution("", "synchronized (\"judge-shared-lock\") { while (true) { n++; } }");
		CountDownLatch started = new CountDownLatch(1);
		AtomicBoolean locked = new AtomicBoolean();
		Thread probe = new Thread(() -> {
			try {
				started.await();
				Thread.sleep(100);
				synchronized ("judge-shared-lock") {
					locked.set(true);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		probe.start();
		started.countDown();
		JudgeResult result = JUDGE.judge(locker, TASK, REFERENCE);
		probe.join(TimeUnit.SECONDS.toMillis(5));
		assertThat(result.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
		assertThat(locked).isTrue();
	}

	@Test
	void aTestAfterAStackOverflowRunsOnAHealthyThread() {
		// Both tests run on the submission's one sandbox thread: the first overflows its
		// stack, the second overflows it again, catches that, and answers.
		String diver = solution("static int depth(int d) { return (d == 0) ? 0 : 1 + depth(d - 1); }",
				"if (n == 3) { return depth(Integer.MAX_VALUE); }\n"
						+ "try { return depth(Integer.MAX_VALUE); } catch (StackOverflowError e) { return n + 1; }");
		JudgeResult result = JUDGE.judge(diver, TASK, REFERENCE);
		assertThat(result.tests()).extracting(TestResult::verdict)
			.containsExactly(Verdict.RUNTIME_ERROR, Verdict.ACCEPTED);
		assertThat(result.tests().get(0).message()).contains("StackOverflowError");
	}

	@Test
	void stopsRunningTestsAfterTheFirstTimeout() {
		JudgeResult result = JUDGE.judge(solution("", "while (true) { n++; }"), TASK, REFERENCE);
		assertThat(result.tests()).extracting(TestResult::message)
			.containsExactly("CPU time limit of 300 ms exceeded", "not run");
	}

	@Test
	void ticksLoopsWhoseBoundMovesInsideTheLoop() {
		JudgeResult result = JUDGE.judge(
				solution("", "int s = 0; for (int i = 0; i < n; i++) { n += 2; s ^= i; } return s;"), TASK, REFERENCE);
		assertThat(result.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
	}

	@Test
	void leavesASandboxThreadThatWillNotDieBehindAndJudgesOn() throws InterruptedException {
		Judge judge = new Judge(CompileLimits.defaults(), 20);
		// Library code calling library code: no tick can stop it before it ends by
		// itself, a few hundred milliseconds later (a span just under the cap, summed as
		// doubles), far beyond a 20 ms grace period.
		String stuck = solution("", "return (int) IntStream.range(0, 50_000_000).asDoubleStream().sum();");
		JudgeTask task = new JudgeTask(TASK.entry(), TASK.tests(), TASK.checker(),
				AttackHarness.LIMITS.withCpuMillisPerTest(20));
		JudgeResult result = judge.judge(stuck, task, REFERENCE);

		assertThat(result.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
		assertThat(Judge.stalled(result)).as(result.toString()).isTrue();
		assertThat(judge.health().up()).isTrue();
		assertThat(judge.judge(AttackHarness.ORDINARY, TASK, REFERENCE).verdict()).isEqualTo(Verdict.ACCEPTED);
		assertThat(Judge.stalled(judge.judge(AttackHarness.ORDINARY, TASK, REFERENCE))).isFalse();
		waitForSandboxThreadsToEnd();
		assertThat(judge.health().leakedThreads()).isZero();
	}

	@Test
	void sortsSearchesAndBulkOperationsWithinTheirBudgetsGiveTheLibrarysAnswers() {
		String body = """
				int[] p = { 5, 3, 9, 1 }; Arrays.sort(p); Arrays.sort(p, 1, 3);
				Integer[] q = { 5, 3, 9, 1 }; Arrays.sort(q); Arrays.sort(q, Comparator.reverseOrder());
				Arrays.sort(q, 0, 2); Arrays.sort(q, 2, 4, (a, b) -> b - a);
				List<String> words = new ArrayList<>(List.of("pear", "fig", "apple"));
				Collections.sort(words); String first = words.get(0);
				words.sort(Comparator.comparing(String::length)); Collections.sort(words, null);
				List<Integer> sorted = Stream.of(3, 1, 2).sorted().toList();
				List<Integer> down = Stream.of(3, 1, 2).sorted(Comparator.reverseOrder()).toList();
				int[] ints = IntStream.of(3, 1, 2).sorted().toArray();
				double[] doubles = DoubleStream.of(0.0, -0.0, Double.NaN, -1).sorted().toArray();
				String hay = "abracadabra"; StringBuilder sb = new StringBuilder(hay);
				List<Integer> xs = new ArrayList<>(List.of(1, 2, 3, 4)); xs.removeAll(List.of(2, 4));
				boolean ok = Arrays.equals(p, new int[] { 1, 3, 5, 9 }) && Arrays.equals(q, new Integer[] { 5, 9, 3, 1 })
				    && first.equals("apple") && words.equals(List.of("apple", "fig", "pear"))
				    && sorted.equals(List.of(1, 2, 3)) && down.equals(List.of(3, 2, 1))
				    && Arrays.equals(ints, new int[] { 1, 2, 3 })
				    && Arrays.equals(doubles, new double[] { -1, -0.0, 0.0, Double.NaN })
				    && hay.indexOf("cad") == 4 && hay.lastIndexOf("abra") == 7 && hay.indexOf("abra", 1) == 7
				    && hay.contains("dab") && hay.replace("abra", "x").equals("xcadx")
				    && sb.indexOf("bra") == 1 && sb.lastIndexOf("bra", 6) == 1
				    && xs.equals(List.of(1, 3)) && xs.containsAll(List.of(1)) && !Collections.disjoint(xs, List.of(3))
				    && Collections.indexOfSubList(List.of(1, 2, 3), List.of(2, 3)) == 1;
				return ok ? n + 1 : -1;""";
		// A long source for javac on a busy machine: more time to compile than the
		// default.
		CompileLimits patient = new CompileLimits(CompileLimits.defaults().maxSourceBytes(),
				CompileLimits.defaults().maxNestingDepth(), 60_000);
		JudgeResult result = new Judge(patient, 2_000).judge(solution("", body), TASK, REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void runsOrdinaryExceptionHandlingMonitorsAndClassLiteralsUnderBothCompilers() {
		String body = """
				int r = 0;
				try { r = Integer.parseInt("x" + n); } catch (NumberFormatException e) { r = n + 1; }
				Object lock = new Object();
				synchronized (lock) { r += Solution.class.getSimpleName().length() - 8; }
				return r;""";
		JudgeResult janino = JUDGE.judge(solution("", body), TASK, REFERENCE);
		assertThat(janino.verdict()).as(janino.toString()).isEqualTo(Verdict.ACCEPTED);
		assertThat(janino.compiler()).isEqualTo("janino");
		JudgeResult javac = JUDGE.judge(solution("", "var unused = 0;\n" + body), TASK, REFERENCE);
		assertThat(javac.verdict()).as(javac.toString()).isEqualTo(Verdict.ACCEPTED);
		assertThat(javac.compiler()).isEqualTo("javac");
	}

	@Test
	void allowsTheEverydayLibrary() {
		String body = """
				var counter = new java.util.concurrent.atomic.AtomicInteger();
				Map<String, List<Integer>> groups = IntStream.rangeClosed(1, 6).boxed()
				    .collect(Collectors.groupingBy(i -> i % 2 == 0 ? "EVEN" : "ODD"));
				groups.forEach((k, v) -> counter.addAndGet(k.toLowerCase(Locale.ROOT).length()));
				java.util.function.ObjDoubleConsumer<double[]> add = (acc, x) -> acc[0] += x;
				double[] sum = DoubleStream.of(0.5, 0.5).collect(() -> new double[1], add, (a, b) -> a[0] += b[0]);
				PriorityQueue<int[]> queue = new PriorityQueue<>(Comparator.comparingInt((int[] p) -> p[0]));
				queue.add(new int[] { n });
				StringBuilder text = new StringBuilder("ab").reverse();
				return queue.poll()[0] + counter.get() - 7 + (int) sum[0] + text.length() - 2;""";
		JudgeResult result = JUDGE.judge(solution("", body), TASK, REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void sendsFinallyToJavacBecauseJaninoRunsItTwice() {
		String body = "int r = 0;\ntry { r = Integer.parseInt(\"x\" + n); } catch (NumberFormatException e) { r = n; } finally { r++; }\nreturn r;";
		JudgeResult result = JUDGE.judge(solution("", body), TASK, REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
		assertThat(result.compiler()).isEqualTo("javac");
	}

	@Test
	void debugPrintingPastTheKeptOutputIsTruncatedAndJudgingGoesOn() {
		JudgeTask task = new JudgeTask(TASK.entry(), TASK.tests(), TASK.checker(), Limits.defaults());
		String body = "for (int i = 0; i < 2_000; i++) { System.out.println(\"debug line \" + i + \" \""
				+ " + Arrays.toString(new int[20])); }\nreturn n + 1;";
		JudgeResult result = JUDGE.judge(solution("", body), task, REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
		assertThat(result.stdout()).startsWith("debug line 0 ")
			.endsWith("\n... output truncated after 64 KiB")
			.hasSizeLessThan((64 << 10) + 100);
	}

	@Test
	void onlyAFloodFarPastDebuggingEndsTheRun() {
		JudgeTask task = new JudgeTask(TASK.entry(), TASK.tests(), TASK.checker(), Limits.defaults());
		String body = "char[] page = new char[1 << 20];\nfor (int i = 0; i < 17; i++) { System.out.print(page); }\nreturn n + 1;";
		JudgeResult result = JUDGE.judge(solution("", body), task, REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.OUTPUT_LIMIT_EXCEEDED);
		assertThat(result.tests().get(0).message()).contains("16 MiB written to standard output");
		String fifteen = "char[] page = new char[1 << 20];\nfor (int i = 0; i < 15; i++) { System.out.print(page); }\nreturn n + 1;";
		assertThat(JUDGE.judge(solution("", fifteen), task, REFERENCE).verdict())
			.as("15 MiB over two tests is 30 MiB: the flood counts the whole submission")
			.isEqualTo(Verdict.OUTPUT_LIMIT_EXCEEDED);
	}

	@Test
	void refusesAReferenceThatFails() {
		assertThatThrownBy(
				() -> JUDGE.computeReference(solution("", "throw new IllegalStateException(\"bug\");"), TASK))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("RUNTIME_ERROR");
	}

	private static void waitForSandboxThreadsToEnd() throws InterruptedException {
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().startsWith("judge-sandbox-")) {
				thread.join(30_000);
			}
		}
	}

}
