package com.mljudge.problems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.mljudge.judge.CompileLimits;
import com.mljudge.judge.Judge;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.JudgeTask;
import com.mljudge.judge.ReferenceOutputs;
import com.mljudge.judge.TestResult;
import com.mljudge.judge.Verdict;
import com.mljudge.problembank.AcceptedSolution;
import com.mljudge.problembank.ExpectedVerdict;
import com.mljudge.problembank.Problem;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.problembank.ProblemLimits;
import com.mljudge.problembank.WrongSolution;

/**
 * Measures, by hand and not in the build, what {@code limits.cpuMillisPerTest} must sit
 * between: the slowest accepted solution and the fastest wrong solution that is meant to
 * be too slow, each on its slowest test, judged with a CPU limit of {@code ceiling}
 * milliseconds and a generous memory limit so only time decides. Prints one Markdown
 * table row per problem for CALIBRATION.md. Arguments: {@code [--ceiling=ms] [--runs=n]
 * [--judged] [slug...]} ({@code --judged}: in the judge's own time, see
 * {@link #judgedRow}) (no slug: every coding problem). See problem-bank/CALIBRATION.md
 * for the command.
 */
public final class BankCalibration {

	private static final com.sun.management.OperatingSystemMXBean CPU = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
		.getOperatingSystemMXBean();

	private BankCalibration() {
	}

	public static void main(String[] args) {
		long ceiling = 0;
		double factor = 4;
		int runs = 1;
		boolean check = false;
		boolean judged = false;
		List<String> slugs = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("--ceiling=")) {
				ceiling = Long.parseLong(arg.substring("--ceiling=".length()));
			}
			else if (arg.startsWith("--factor=")) {
				factor = Double.parseDouble(arg.substring("--factor=".length()));
			}
			else if (arg.startsWith("--corpus=")) {
				corpus(judge(), ProblemBank.loadFromClasspath(), java.nio.file.Path.of(arg.substring(9)));
				return;
			}
			else if (arg.startsWith("--plain=")) {
				plain(ProblemBank.loadFromClasspath(), java.nio.file.Path.of(arg.substring(8)));
				return;
			}
			else if (arg.equals("--judged")) {
				judged = true;
			}
			else if (arg.equals("--check")) {
				check = true;
			}
			else if (arg.startsWith("--runs=")) {
				runs = Integer.parseInt(arg.substring("--runs=".length()));
			}
			else {
				slugs.add(arg);
			}
		}
		ProblemBank bank = ProblemBank.loadFromClasspath();
		List<Problem> problems = slugs.isEmpty() ? bank.codingProblems() : slugs.stream().map(bank::get).toList();
		Judge judge = judge();
		if (check) {
			problems.forEach((problem) -> check(judge, problem));
			return;
		}
		System.out.println("| problem | slowest accepted ms | fastest too-slow wrong ms | limit ms | margins |");
		System.out.println("|---|---|---|---|---|");
		for (Problem problem : problems) {
			long limit = limitOf(problem);
			long problemCeiling = (ceiling > 0) ? ceiling : (long) (factor * limit);
			System.out.println(judged ? judgedRow(judge, problem, problemCeiling, runs)
					: row(judge, problem, problemCeiling, runs));
		}
	}

	/**
	 * The real judge, but with a compile timeout long enough for a machine loaded by
	 * other work: this tool measures running time, and a compile timeout would only hide
	 * it.
	 */
	private static Judge judge() {
		CompileLimits defaults = CompileLimits.defaults();
		return new Judge(new CompileLimits(defaults.maxSourceBytes(), defaults.maxNestingDepth(), 120_000), 5_000);
	}

	private static long limitOf(Problem problem) {
		ProblemLimits limits = problem.coding().limits();
		return (limits != null && limits.cpuMillisPerTest() != null) ? limits.cpuMillisPerTest()
				: com.mljudge.judge.Limits.defaults().cpuMillisPerTest();
	}

	private static String row(Judge judge, Problem problem, long ceiling, int runs) {
		JudgeTask measured = ProblemTasks.task(problem);
		measured = new JudgeTask(measured.entry(), measured.tests(), measured.checker(),
				ProblemTasks.limits(new ProblemLimits(ceiling, 40 * ceiling + 60_000, 4096)));
		ReferenceOutputs reference = judge.computeReference(problem.coding().referenceSource(), measured);
		long slowestAccepted = 0;
		StringBuilder notes = new StringBuilder();
		for (AcceptedSolution accepted : problem.coding().acceptedSolutions()) {
			Timing timing = time(judge, accepted.source(), measured, reference, runs);
			if (timing.verdict() != Verdict.ACCEPTED) {
				notes.append(' ').append(accepted.file()).append(": ").append(timing.verdict());
			}
			slowestAccepted = Math.max(slowestAccepted, timing.millis());
		}
		long fastestWrong = Long.MAX_VALUE;
		for (WrongSolution wrong : problem.coding().wrongSolutions()) {
			if (wrong.expected() != ExpectedVerdict.TIME_LIMIT_EXCEEDED) {
				continue;
			}
			Timing timing = time(judge, wrong.source(), measured, reference, runs);
			long millis = (timing.verdict() == Verdict.TIME_LIMIT_EXCEEDED) ? ceiling : timing.millis();
			fastestWrong = Math.min(fastestWrong, millis);
			if (timing.verdict() != Verdict.TIME_LIMIT_EXCEEDED && timing.verdict() != Verdict.ACCEPTED) {
				notes.append(' ').append(wrong.file()).append(": ").append(timing.verdict());
			}
		}
		long limit = limitOf(problem);
		String wrongText = (fastestWrong == Long.MAX_VALUE) ? "none"
				: (fastestWrong >= ceiling) ? ">" + ceiling : String.valueOf(fastestWrong);
		String margins = String.format(Locale.ROOT, "%.1fx / %s", limit / (double) Math.max(1, slowestAccepted),
				(fastestWrong == Long.MAX_VALUE) ? "-" : ((fastestWrong >= ceiling) ? ">" : "")
						+ String.format(Locale.ROOT, "%.1fx", fastestWrong / (double) limit));
		return "| " + problem.slug() + " | " + slowestAccepted + " | " + wrongText + " | " + limit + " | " + margins
				+ notes + " |";
	}

	/**
	 * The CPU time of the slowest test (the least over {@code runs} judgings) and the
	 * verdict of the whole task. Wall times on a shared, loaded machine are several times
	 * the CPU time, so the slowest test (found by wall time) is judged again alone and
	 * timed by the process's CPU time: an upper bound that includes compiling the source,
	 * the JIT and the garbage collector.
	 */
	private static Timing time(Judge judge, String source, JudgeTask task, ReferenceOutputs reference, int runs) {
		JudgeResult full = judge.judge(source, task, reference);
		if (full.verdict() == Verdict.TIME_LIMIT_EXCEEDED || full.tests().isEmpty()) {
			return new Timing(full.verdict(), task.limits().cpuMillisPerTest());
		}
		int slowest = 0;
		for (int i = 0; i < full.tests().size(); i++) {
			if (full.tests().get(i).timeMillis() > full.tests().get(slowest).timeMillis()) {
				slowest = i;
			}
		}
		JudgeTask one = new JudgeTask(task.entry(), List.of(task.tests().get(slowest)), task.checker(), task.limits());
		ReferenceOutputs expected = new ReferenceOutputs(
				java.util.Collections.singletonList(reference.outputs().get(slowest)));
		long best = Long.MAX_VALUE;
		for (int run = 0; run < runs; run++) {
			long before = CPU.getProcessCpuTime();
			JudgeResult result = judge.judge(source, one, expected);
			long millis = (CPU.getProcessCpuTime() - before) / 1_000_000;
			best = Math.min(best, millis);
			if (result.verdict() == Verdict.TIME_LIMIT_EXCEEDED) {
				return new Timing(result.verdict(), best);
			}
		}
		return new Timing(full.verdict(), best);
	}

	private record Timing(Verdict verdict, long millis) {
	}

	/**
	 * The row of {@link #row} in the judge's own time (the time its limit counts) instead
	 * of the process's: each solution judged {@code runs} times whole, its slowest test's
	 * time taken; the accepted figure is the largest over the runs, the wrong one the
	 * smallest.
	 */
	private static String judgedRow(Judge judge, Problem problem, long ceiling, int runs) {
		JudgeTask measured = ProblemTasks.task(problem);
		measured = new JudgeTask(measured.entry(), measured.tests(), measured.checker(),
				ProblemTasks.limits(new ProblemLimits(ceiling, 40 * ceiling + 60_000, 4096)));
		ReferenceOutputs reference = judge.computeReference(problem.coding().referenceSource(), measured);
		long slowestAccepted = 0;
		for (AcceptedSolution accepted : problem.coding().acceptedSolutions()) {
			for (int run = 0; run < runs; run++) {
				slowestAccepted = Math.max(slowestAccepted,
						slowestTest(judge.judge(accepted.source(), measured, reference)));
			}
		}
		long fastestWrong = Long.MAX_VALUE;
		for (WrongSolution wrong : problem.coding().wrongSolutions()) {
			if (wrong.expected() == ExpectedVerdict.TIME_LIMIT_EXCEEDED) {
				for (int run = 0; run < runs; run++) {
					fastestWrong = Math.min(fastestWrong,
							slowestTest(judge.judge(wrong.source(), measured, reference)));
				}
			}
		}
		long limit = limitOf(problem);
		String wrongText = (fastestWrong == Long.MAX_VALUE) ? "none"
				: (fastestWrong >= ceiling) ? ">" + ceiling : String.valueOf(fastestWrong);
		String margins = String.format(Locale.ROOT, "%.1fx / %s", limit / (double) Math.max(1, slowestAccepted),
				(fastestWrong == Long.MAX_VALUE) ? "-"
						: String.format(Locale.ROOT, "%.1fx", fastestWrong / (double) limit));
		return "| " + problem.slug() + " | " + slowestAccepted + " | " + wrongText + " | " + limit + " | " + margins
				+ " |";
	}

	private static long slowestTest(JudgeResult result) {
		return result.tests().stream().mapToLong(TestResult::timeMillis).max().orElse(0);
	}

	/**
	 * Judges every accepted solution with the problem's own limits, as the self-check
	 * does, and prints each verdict with the first failing test.
	 */
	/**
	 * Judges every file of an idiomatic corpus folder (slug/Name.java) against its
	 * problem.
	 */
	private static void corpus(Judge judge, ProblemBank bank, java.nio.file.Path root) {
		try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
			for (java.nio.file.Path path : files.filter((p) -> p.toString().endsWith(".java")).sorted().toList()) {
				Problem problem = bank.get(path.getParent().getFileName().toString());
				JudgeTask task = ProblemTasks.task(problem);
				ReferenceOutputs reference = judge.computeReference(problem.coding().referenceSource(), task);
				JudgeResult result = judge.judge(java.nio.file.Files.readString(path), task, reference);
				String failing = result.tests()
					.stream()
					.filter((t) -> t.verdict() != Verdict.ACCEPTED)
					.findFirst()
					.map((t) -> t.name() + ": " + t.message())
					.orElse("");
				System.out.println(problem.slug() + "/" + path.getFileName() + ": " + result.verdict() + " "
						+ result.score() + " " + result.diagnostics() + " " + failing);
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Runs every solution of a corpus folder (slug/Name.java) outside the sandbox, on a
	 * plain JVM, against the reference run the same way: whether it is correct whatever
	 * the judge's rules, with each test's thread CPU time.
	 */
	private static void plain(ProblemBank bank, java.nio.file.Path root) {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
			for (java.nio.file.Path path : files.filter((p) -> p.toString().endsWith(".java")).sorted().toList()) {
				java.nio.file.Path folder = path.getParent();
				if (folder.getFileName().toString().equals("accepted")) {
					folder = folder.getParent();
				}
				else if (!bank.find(folder.getFileName().toString()).isPresent()) {
					continue;
				}
				Problem problem = bank.get(folder.getFileName().toString());
				JudgeTask task = ProblemTasks.task(problem);
				java.lang.reflect.Method reference = PlainCompiler.entry(problem.coding().referenceSource(), task);
				java.lang.reflect.Method solution = PlainCompiler.entry(java.nio.file.Files.readString(path), task);
				StringBuilder report = new StringBuilder();
				long slowest = 0;
				java.io.PrintStream out = System.out;
				for (com.mljudge.judge.TestCase test : task.tests()) {
					Object expected = reference.invoke(null, PlainCompiler.copy(test.args()));
					System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
					long start = threads.getCurrentThreadCpuTime();
					Object actual;
					try {
						actual = solution.invoke(null, PlainCompiler.copy(test.args()));
					}
					finally {
						System.setOut(out);
					}
					slowest = Math.max(slowest, (threads.getCurrentThreadCpuTime() - start) / 1_000_000);
					com.mljudge.judge.CheckOutcome outcome = task.checker().check(test, expected, actual);
					if (!outcome.passed() && report.isEmpty()) {
						report.append(" FAILS ").append(test.name()).append(": ").append(outcome.message());
					}
				}
				System.out.println(problem.slug() + "/" + path.getFileName() + ": "
						+ (report.isEmpty() ? "correct" : report.toString()) + ", slowest test " + slowest + " ms CPU");
			}
		}
		catch (java.io.IOException | ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void check(Judge judge, Problem problem) {
		JudgeTask task = ProblemTasks.task(problem);
		ReferenceOutputs reference = judge.computeReference(problem.coding().referenceSource(), task);
		for (AcceptedSolution accepted : problem.coding().acceptedSolutions()) {
			JudgeResult result = judge.judge(accepted.source(), task, reference);
			String failing = result.tests()
				.stream()
				.filter((t) -> t.verdict() != Verdict.ACCEPTED)
				.findFirst()
				.map((t) -> t.name() + ": " + t.message())
				.orElse("");
			System.out.println(problem.slug() + "/" + accepted.file() + ": " + result.verdict() + " " + result.score()
					+ " " + Arrays.toString(result.tests().stream().mapToLong(TestResult::timeMillis).toArray()) + " "
					+ result.diagnostics() + " " + failing);
		}
	}

}
