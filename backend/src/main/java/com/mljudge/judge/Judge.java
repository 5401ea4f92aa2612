package com.mljudge.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.mljudge.judge.internal.compile.SourceCompiler;
import com.mljudge.judge.internal.instrument.Instrumenter;
import com.mljudge.judge.internal.run.CallOutcome;
import com.mljudge.judge.internal.run.LoadedSubmission;
import com.mljudge.judge.internal.run.SandboxHealth;
import com.mljudge.judge.internal.run.WarmClasses;
import com.mljudge.judge.internal.sandbox.BoundedOutput;
import com.mljudge.judge.internal.sandbox.HeldMemory;
import com.mljudge.judge.internal.verify.BytecodeVerifier;

/**
 * The judge: compile, verify, instrument, load, run each test in the sandbox, check.
 * Plain Java, thread-safe, one instance per worker. A sandbox thread that does not die
 * within the grace period after a kill is left to finish as a daemon and its submission
 * gets TIME_LIMIT_EXCEEDED marked {@link #stalled(JudgeResult) stalled} (never judged
 * again); the judge goes on with fresh sandbox threads. Only when more than
 * {@link SandboxHealth#MAX_LEAKED} such threads are still running at once is it tainted:
 * it answers INTERNAL_ERROR to new work and {@link #health()} reports DOWN.
 */
public final class Judge {

	private static final long DEFAULT_GRACE_MILLIS = 2_000;

	private final SourceCompiler compiler;

	private final BytecodeVerifier verifier = new BytecodeVerifier();

	private final Instrumenter instrumenter = new Instrumenter(true);

	private final SandboxHealth health = new SandboxHealth();

	private final long graceMillis;

	private final AtomicLong judged = new AtomicLong();

	private final WarmClasses warm = new WarmClasses(64);

	public Judge() {
		this(CompileLimits.defaults(), DEFAULT_GRACE_MILLIS);
	}

	/**
	 * @param graceMillis how long a killed sandbox thread may take to die before the
	 * judge counts it as leaked and taints itself
	 */
	public Judge(CompileLimits compileLimits, long graceMillis) {
		this.compiler = new SourceCompiler(compileLimits);
		this.graceMillis = graceMillis;
	}

	/** Runs the trusted reference through the same machinery and returns its outputs. */
	public ReferenceOutputs computeReference(String referenceSource, JudgeTask task) {
		JudgeTask anyOutput = new JudgeTask(task.entry(), task.tests(), (test, expected, actual) -> CheckOutcome.pass(),
				task.limits());
		List<Object> outputs = new ArrayList<>();
		JudgeResult result = run(referenceSource, anyOutput, null, outputs);
		if (result.verdict() != Verdict.ACCEPTED) {
			throw new IllegalStateException("the reference solution does not pass: " + result.verdict() + " "
					+ result.diagnostics() + " " + firstFailure(result));
		}
		return new ReferenceOutputs(outputs);
	}

	/** Judges a user's source against the reference's outputs. */
	public JudgeResult judge(String userSource, JudgeTask task, ReferenceOutputs reference) {
		if (reference.outputs().size() != task.tests().size()) {
			throw new IllegalArgumentException(
					"reference has " + reference.outputs().size() + " outputs for " + task.tests().size() + " tests");
		}
		return run(userSource, task, reference, null);
	}

	/** Ends the message of the test whose sandbox thread would not stop in time. */
	public static final String STALLED = "(it did not stop within the grace period after the limit and is not judged again)";

	/**
	 * Whether a sandbox thread of this verdict would not stop in time: the submission
	 * stalled a judge and must not be judged again.
	 */
	public static boolean stalled(JudgeResult result) {
		return result.tests().stream().anyMatch((t) -> t.message() != null && t.message().endsWith(STALLED));
	}

	/** How many sources' classes are kept warm (for tests). */
	int warmClasses() {
		return this.warm.size();
	}

	/**
	 * Tells the judge that the server's own memory moved by a lot (a cache filled or let
	 * go of tens of megabytes): the memory limit measures what a submission holds as the
	 * live heap less what the server holds, so the server's share is measured again
	 * before the next submission (see MEMORY.md).
	 */
	public static void serverMemoryChanged() {
		HeldMemory.serverMemoryChanged();
	}

	public JudgeHealth health() {
		return new JudgeHealth(!this.health.tainted(), this.health.leakedThreads(), this.judged.get());
	}

	private JudgeResult run(String source, JudgeTask task, ReferenceOutputs reference, List<Object> outputs) {
		this.judged.incrementAndGet();
		if (this.health.tainted()) {
			return failed(Verdict.INTERNAL_ERROR, null,
					List.of(new Diagnostic(0, 0, "this judge worker is restarting; the submission will be retried")));
		}
		String key = WarmClasses.key(task.entry().className(), source);
		Optional<WarmClasses.Warm> warm = this.warm.get(key);
		if (warm.isEmpty()) {
			Prepared prepared = prepare(source, task, key);
			if (prepared.failure() != null) {
				return prepared.failure();
			}
			warm = Optional.of(prepared.warm());
		}
		String compiler = warm.get().compiler();
		try (LoadedSubmission submission = new LoadedSubmission(warm.get().classes(), task.limits(), this.health,
				this.graceMillis)) {
			String missing = submission.resolve(task.entry());
			if (missing != null) {
				return failed(Verdict.COMPILE_ERROR, compiler, List.of(new Diagnostic(0, 0, missing)));
			}
			return new TestRun(task, reference, outputs).run(submission, compiler);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return failed(Verdict.INTERNAL_ERROR, compiler, List.of(new Diagnostic(0, 0, "judging was interrupted")));
		}
	}

	/**
	 * Compiled, verified, instrumented and defined classes, or the verdict that stopped
	 * them.
	 */
	private record Prepared(WarmClasses.Warm warm, JudgeResult failure) {
	}

	private Prepared prepare(String source, JudgeTask task, String key) {
		PreparedCode code;
		try {
			code = PreparedCode.prepare(this.compiler, this.verifier, this.instrumenter, task.entry().className(),
					source);
		}
		catch (PreparedCode.Refused refused) {
			return new Prepared(null, failed(refused.verdict(), refused.compiler(), refused.diagnostics()));
		}
		WarmClasses.Warm warm = new WarmClasses.Warm(code.instrumented(), code.compiler());
		this.warm.keep(key, warm);
		return new Prepared(warm, null);
	}

	private static JudgeResult failed(Verdict verdict, String compiler, List<Diagnostic> diagnostics) {
		return new JudgeResult(verdict, 0, compiler, List.of(), diagnostics, "");
	}

	private static String firstFailure(JudgeResult result) {
		return result.tests()
			.stream()
			.filter((t) -> t.verdict() != Verdict.ACCEPTED)
			.map((t) -> t.name() + ": " + t.message())
			.findFirst()
			.orElse("");
	}

	/**
	 * The tests of one submission, in order; stops running after the first resource kill.
	 */
	private static final class TestRun {

		private final JudgeTask task;

		private final ReferenceOutputs reference;

		private final List<Object> outputs;

		TestRun(JudgeTask task, ReferenceOutputs reference, List<Object> outputs) {
			this.task = task;
			this.reference = reference;
			this.outputs = outputs;
		}

		JudgeResult run(LoadedSubmission submission, String compiler) throws InterruptedException {
			List<TestResult> results = new ArrayList<>();
			long deadline = System.nanoTime() + this.task.limits().wallMillisPerSubmission() * 1_000_000;
			Verdict stopped = null;
			// Only what samples print is kept: a hidden test's output would show its
			// data.
			StringBuilder shownOutput = new StringBuilder();
			for (int i = 0; i < this.task.tests().size(); i++) {
				TestCase test = this.task.tests().get(i);
				if (stopped != null) {
					results.add(new TestResult(test.name(), test.sample(), test.weight(), stopped, 0,
							TestResult.NOT_RUN, null));
					continue;
				}
				long remaining = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
				CallOutcome outcome = submission.call(test.args(), remaining);
				long millis = submission.cpuMillis();
				String printed = submission.takeOutput();
				if (test.sample()) {
					shownOutput.append(printed);
				}
				TestResult result = result(i, test, outcome, millis);
				if (outcome instanceof CallOutcome.Killed) {
					stopped = result.verdict();
				}
				results.add(result);
			}
			return new JudgeResult(overall(results), score(results), compiler, results, List.of(),
					shownOutput.toString());
		}

		private TestResult result(int index, TestCase test, CallOutcome outcome, long millis) {
			if (outcome instanceof CallOutcome.Returned returned) {
				if (this.outputs != null) {
					this.outputs.add(returned.value());
				}
				Object expected = (this.reference != null) ? this.reference.outputs().get(index) : null;
				CheckOutcome check;
				try {
					check = this.task.checker().check(test, expected, returned.value());
				}
				catch (RuntimeException ex) {
					return new TestResult(test.name(), test.sample(), test.weight(), Verdict.INTERNAL_ERROR, millis,
							"the checker failed: " + ex.getMessage(), null);
				}
				return new TestResult(test.name(), test.sample(), test.weight(),
						check.passed() ? Verdict.ACCEPTED : Verdict.WRONG_ANSWER, millis, check.message(),
						test.sample() ? returned.value() : null);
			}
			if (outcome instanceof CallOutcome.Threw threw) {
				return new TestResult(test.name(), test.sample(), test.weight(), Verdict.RUNTIME_ERROR, millis,
						threw.describe(), null);
			}
			CallOutcome.Killed killed = (CallOutcome.Killed) outcome;
			Verdict verdict = switch (killed.reason()) {
				case CPU_TIME, WALL_TIME -> Verdict.TIME_LIMIT_EXCEEDED;
				case MEMORY, ALLOCATION -> Verdict.MEMORY_LIMIT_EXCEEDED;
				case OUTPUT -> Verdict.OUTPUT_LIMIT_EXCEEDED;
				case OUTSIDE_SANDBOX -> Verdict.RUNTIME_ERROR;
			};
			String message = switch (killed.reason()) {
				case CPU_TIME -> "CPU time limit of " + this.task.limits().cpuMillisPerTest() + " ms exceeded";
				case WALL_TIME -> "time limit of the submission exceeded";
				case MEMORY -> "memory limit of " + (this.task.limits().memoryBytes() >> 20) + " MiB exceeded";
				case ALLOCATION -> "allocated more than " + (LoadedSubmission.ALLOCATION_CAP >> 30)
						+ " GiB in one test: a cap on allocation against abuse, not the memory limit";
				case OUTPUT -> "more than " + (BoundedOutput.FLOOD_BYTES >> 20)
						+ " MiB written to standard output, far past any debugging (the first "
						+ this.task.limits().outputBytes() + " bytes are kept)";
				case OUTSIDE_SANDBOX -> "user code ran outside the sandbox";
			};
			if (killed.leaked()) {
				message = message + " " + STALLED;
			}
			return new TestResult(test.name(), test.sample(), test.weight(), verdict, millis, message, null);
		}

		private static Verdict overall(List<TestResult> results) {
			return results.stream()
				.map(TestResult::verdict)
				.filter((v) -> v != Verdict.ACCEPTED)
				.findFirst()
				.orElse(Verdict.ACCEPTED);
		}

		private int score(List<TestResult> results) {
			long total = 0;
			long passed = 0;
			for (int i = 0; i < results.size(); i++) {
				int weight = this.task.tests().get(i).weight();
				total += weight;
				passed += (results.get(i).verdict() == Verdict.ACCEPTED) ? weight : 0;
			}
			if (total == 0) {
				return (overall(results) == Verdict.ACCEPTED) ? 100 : 0;
			}
			return (int) (100 * passed / total);
		}

	}

}
