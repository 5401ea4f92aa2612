package com.mljudge.python;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.SandboxPolicy;

import com.mljudge.judge.CheckOutcome;
import com.mljudge.judge.CompileLimits;
import com.mljudge.judge.Diagnostic;
import com.mljudge.judge.EntryPoint;
import com.mljudge.judge.JudgeHealth;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.JudgeTask;
import com.mljudge.judge.Limits;
import com.mljudge.judge.PythonRunner;
import com.mljudge.judge.ReferenceOutputs;
import com.mljudge.judge.TestCase;
import com.mljudge.judge.TestResult;
import com.mljudge.judge.Verdict;

/**
 * The Python runner: one GraalPy engine for the process (its compiled code is shared by
 * every context, which is what makes verdicts fast after warm-up), a fresh sandboxed
 * context per submission. Found by {@link PythonRunner#find()} through
 * {@code META-INF/services}.
 */
public final class GraalPythonRunner implements PythonRunner {

	static final String COMPILER = "graalpy";

	private static final System.Logger LOG = System.getLogger(GraalPythonRunner.class.getName());

	private static final long GRACE_MILLIS = 2_000;

	private final PythonHealth health = new PythonHealth();

	private final AtomicLong judged = new AtomicLong();

	private final CompileLimits compileLimits = CompileLimits.defaults();

	private final long graceMillis;

	private volatile Engine engine;

	private final AtomicBoolean warming = new AtomicBoolean();

	/**
	 * The runner the server finds on its class path. It builds nothing until asked: a
	 * web-only instance looks it up (to say whether Python is on) but never judges.
	 */
	public GraalPythonRunner() {
		this(GRACE_MILLIS);
	}

	/**
	 * Warms the engine in the background, once (the first context takes seconds), so the
	 * first user does not wait for it.
	 */
	@Override
	public void startWarmUp() {
		if (this.warming.compareAndSet(false, true)) {
			Thread warming = new Thread(this::announcedWarmUp, WARM_UP_THREAD);
			warming.setDaemon(true);
			warming.setPriority(Thread.MIN_PRIORITY);
			warming.start();
		}
	}

	static final String WARM_UP_THREAD = "python-warm-up";

	GraalPythonRunner(long graceMillis) {
		this.graceMillis = graceMillis;
	}

	private void announcedWarmUp() {
		long start = System.nanoTime();
		try {
			JudgeResult warm = warmUp();
			// "Interpreted" is Truffle's fallback runtime: no Graal compiler (PYTHON.md,
			// the launch).
			LOG.log(System.Logger.Level.INFO, "Python warmed up in {0,number,#} ms ({1}) on {2}",
					(System.nanoTime() - start) / 1_000_000, warm.verdict(), engine().getImplementationName());
		}
		catch (RuntimeException | LinkageError ex) {
			// The first submission builds the engine again and gets the failure as its
			// verdict; the server must hear of it before that.
			LOG.log(System.Logger.Level.WARNING, "Python warm-up failed", ex);
		}
	}

	/**
	 * Builds the engine and judges a small solution a few times, so GraalPy's start-up
	 * and its first parsing are paid before users come.
	 */
	JudgeResult warmUp() {
		JudgeTask task = new JudgeTask(new EntryPoint("Solution", "warmUp", List.of(double[][].class), double.class),
				List.of(new TestCase("warm", false, 1, new Object[] { new double[][] { { 1, 2 }, { 3, 4 } } }, null)),
				(test, expected, actual) -> CheckOutcome.pass(), Limits.defaults());
		ReferenceOutputs reference = new ReferenceOutputs(java.util.Collections.singletonList(null));
		JudgeResult last = null;
		for (int i = 0; i < 3; i++) {
			last = judge(WARM_UP, task, reference);
		}
		return last;
	}

	private static final String WARM_UP = """
			import math

			def warm_up(rows):
			    return math.fsum(sum(row) for row in rows) / len(rows)
			""";

	boolean engineBuilt() {
		return this.engine != null;
	}

	/** The shared engine, built on first use (about a second). */
	Engine engine() {
		Engine built = this.engine;
		if (built == null) {
			synchronized (this) {
				built = this.engine;
				if (built == null) {
					built = Engine.newBuilder("python")
						.sandbox(SandboxPolicy.CONSTRAINED)
						.out(OutputStream.nullOutputStream())
						.err(OutputStream.nullOutputStream())
						.option("engine.WarnInterpreterOnly", "false")
						.build();
					this.engine = built;
				}
			}
		}
		return built;
	}

	@Override
	public JudgeResult judge(String source, JudgeTask task, ReferenceOutputs reference) {
		if (reference.outputs().size() != task.tests().size()) {
			throw new IllegalArgumentException(
					"reference has " + reference.outputs().size() + " outputs for " + task.tests().size() + " tests");
		}
		this.judged.incrementAndGet();
		if (this.health.tainted()) {
			return failed(Verdict.INTERNAL_ERROR,
					List.of(new Diagnostic(0, 0, "this judge worker is restarting; the submission will be retried")));
		}
		if (source.getBytes(StandardCharsets.UTF_8).length > this.compileLimits.maxSourceBytes()) {
			return failed(Verdict.COMPILE_ERROR, List.of(new Diagnostic(0, 0,
					"the source is larger than " + (this.compileLimits.maxSourceBytes() >> 10) + " KiB")));
		}
		String javaName = task.entry().methodName();
		String name = PythonRunner.functionName(javaName);
		// The task's limits are calibrated on Java; Python gets them times the factor.
		Limits limits = PythonRunner.limitsFor(task.limits());
		try (PythonSubmission submission = new PythonSubmission(engine(), limits, this.graceMillis, this.health)) {
			Outcome loaded = submission.load(source, name, javaName.equals(name) ? null : javaName, source.hashCode());
			if (loaded != null) {
				return loadFailure(loaded, submission.takeOutput());
			}
			return new TestRun(task, reference, limits).run(submission);
		}
	}

	@Override
	public String starter(String methodName, List<Class<?>> parameterTypes, List<String> parameterNames,
			Class<?> returnType) {
		return PythonStarter.of(methodName, parameterTypes, parameterNames, returnType);
	}

	@Override
	public JudgeHealth health() {
		int leaked = this.health.leakedThreads();
		return new JudgeHealth(leaked <= PythonHealth.MAX_LEAKED, leaked, this.judged.get());
	}

	/**
	 * What stopped the solution before any test: its top level failed or ran too long.
	 */
	private static JudgeResult loadFailure(Outcome outcome, String printed) {
		if (outcome instanceof Outcome.Failed failed) {
			return new JudgeResult(failed.verdict(), 0, COMPILER, List.of(),
					List.of(new Diagnostic(failed.line(), 0, failed.message())), "");
		}
		Outcome.Killed killed = (Outcome.Killed) outcome;
		return new JudgeResult(killed.verdict(), 0, COMPILER, List.of(),
				List.of(new Diagnostic(0, 0, "the solution's top level: " + killed.message())), "");
	}

	private static JudgeResult failed(Verdict verdict, List<Diagnostic> diagnostics) {
		return new JudgeResult(verdict, 0, COMPILER, List.of(), diagnostics, "");
	}

	/** The tests of one submission in order, as the Java judge runs them. */
	private static final class TestRun {

		private final JudgeTask task;

		private final ReferenceOutputs reference;

		private final Limits limits;

		TestRun(JudgeTask task, ReferenceOutputs reference, Limits limits) {
			this.task = task;
			this.reference = reference;
			this.limits = limits;
		}

		JudgeResult run(PythonSubmission submission) {
			List<TestResult> results = new ArrayList<>();
			long deadline = System.nanoTime() + this.limits.wallMillisPerSubmission() * 1_000_000;
			Class<?>[] types = this.task.entry().parameterTypes().toArray(Class<?>[]::new);
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
				Outcome outcome = submission.call(test.args(), types, this.task.entry().returnType(), remaining);
				long millis = submission.cpuMillis();
				String printed = submission.takeOutput();
				if (test.sample()) {
					shownOutput.append(printed);
				}
				TestResult result = result(i, test, outcome, millis);
				if (outcome instanceof Outcome.Killed) {
					stopped = result.verdict();
				}
				results.add(result);
			}
			return new JudgeResult(overall(results), score(results), COMPILER, results, List.of(),
					shownOutput.toString());
		}

		private TestResult result(int index, TestCase test, Outcome outcome, long millis) {
			if (outcome instanceof Outcome.Returned returned) {
				Object expected = this.reference.outputs().get(index);
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
			if (outcome instanceof Outcome.Failed failed) {
				return new TestResult(test.name(), test.sample(), test.weight(), failed.verdict(), millis,
						failed.message(), null);
			}
			Outcome.Killed killed = (Outcome.Killed) outcome;
			String message = killed.leaked() ? killed.message() + " " + com.mljudge.judge.Judge.STALLED
					: killed.message();
			return new TestResult(test.name(), test.sample(), test.weight(), killed.verdict(), millis, message, null);
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
