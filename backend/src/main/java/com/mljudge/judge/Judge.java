package com.mljudge.judge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.objectweb.asm.tree.ClassNode;

import com.mljudge.judge.internal.compile.CompileFailure;
import com.mljudge.judge.internal.compile.CompiledClasses;
import com.mljudge.judge.internal.compile.SourceCompiler;
import com.mljudge.judge.internal.instrument.Instrumenter;
import com.mljudge.judge.internal.run.CallOutcome;
import com.mljudge.judge.internal.run.LoadedSubmission;
import com.mljudge.judge.internal.run.SandboxHealth;
import com.mljudge.judge.internal.run.WarmClasses;
import com.mljudge.judge.internal.sandbox.BoundedOutput;
import com.mljudge.judge.internal.verify.BytecodeVerifier;
import com.mljudge.judge.internal.verify.Violation;

/**
 * The judge: compile, verify, instrument, load, run each test in the sandbox, check.
 * Plain Java, thread-safe, one instance per worker. Once a sandbox thread refuses to die
 * the judge is tainted: it answers INTERNAL_ERROR to new work and {@link #health()}
 * reports DOWN.
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

	/** How many sources' classes are kept warm (for tests). */
	int warmClasses() {
		return this.warm.size();
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
		CompiledClasses compiled;
		try {
			compiled = this.compiler.compile(task.entry().className(), source);
		}
		catch (CompileFailure failure) {
			Verdict verdict = failure.internal() ? Verdict.INTERNAL_ERROR : Verdict.COMPILE_ERROR;
			return new Prepared(null, failed(verdict, failure.compiler(), failure.diagnostics()));
		}
		Map<String, ClassNode> nodes = new LinkedHashMap<>();
		compiled.classes().forEach((name, bytes) -> nodes.put(name.replace('.', '/'), Instrumenter.read(bytes)));
		List<Violation> violations = this.verifier.verify(nodes);
		if (!violations.isEmpty()) {
			return new Prepared(null, failed(Verdict.REJECTED, compiled.compiler(),
					violations.stream().map((v) -> new Diagnostic(v.line(), 0, v.message())).toList()));
		}
		Map<String, byte[]> instrumented = new LinkedHashMap<>();
		nodes.forEach((name, node) -> instrumented.put(name.replace('/', '.'), this.instrumenter.instrument(node)));
		WarmClasses.Warm warm = new WarmClasses.Warm(instrumented, compiled.compiler());
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
			for (int i = 0; i < this.task.tests().size(); i++) {
				TestCase test = this.task.tests().get(i);
				if (stopped != null) {
					results.add(new TestResult(test.name(), test.sample(), test.weight(), stopped, 0, "not run", null));
					continue;
				}
				long remaining = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
				long start = System.nanoTime();
				CallOutcome outcome = submission.call(test.args(), remaining);
				long millis = (System.nanoTime() - start) / 1_000_000;
				TestResult result = result(i, test, outcome, millis);
				if (outcome instanceof CallOutcome.Killed) {
					stopped = result.verdict();
				}
				results.add(result);
			}
			return new JudgeResult(overall(results), score(results), compiler, results, List.of(), submission.output());
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
				case MEMORY -> Verdict.MEMORY_LIMIT_EXCEEDED;
				case OUTPUT -> Verdict.OUTPUT_LIMIT_EXCEEDED;
				case OUTSIDE_SANDBOX -> Verdict.RUNTIME_ERROR;
			};
			String message = switch (killed.reason()) {
				case CPU_TIME -> "CPU time limit of " + this.task.limits().cpuMillisPerTest() + " ms exceeded";
				case WALL_TIME -> "time limit of the submission exceeded";
				case MEMORY -> "memory limit of " + (this.task.limits().allocationBytes() >> 20) + " MiB exceeded";
				case OUTPUT -> "more than " + (BoundedOutput.FLOOD_BYTES >> 20)
						+ " MiB written to standard output, far past any debugging (the first "
						+ this.task.limits().outputBytes() + " bytes are kept)";
				case OUTSIDE_SANDBOX -> "user code ran outside the sandbox";
			};
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
