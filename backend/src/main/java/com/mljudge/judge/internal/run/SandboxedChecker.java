package com.mljudge.judge.internal.run;

import java.util.List;
import java.util.Map;

import com.mljudge.judge.CheckOutcome;
import com.mljudge.judge.Checker;
import com.mljudge.judge.EntryPoint;
import com.mljudge.judge.Limits;
import com.mljudge.judge.TestCase;
import com.mljudge.judge.internal.sandbox.KillReason;

/**
 * An author-written checker, run like a user's solution: its classes (already compiled,
 * verified and instrumented) are defined in a fresh sandbox loader for every check, so no
 * state survives from one user's answer to the next, and its constructor, static
 * initializer and {@code check} run only on a sandbox thread under the checker's limits.
 * Its contract uses JDK types only:
 * {@code public String check(Object[] args, Object expected, Object actual)} returns null
 * when the answer passes and otherwise what to tell the user.
 */
public final class SandboxedChecker implements Checker {

	/** The method an author's checker class declares. */
	public static EntryPoint entry(String className) {
		return new EntryPoint(className, "check", List.of(Object[].class, Object.class, Object.class), String.class);
	}

	private final String className;

	private final Map<String, byte[]> instrumented;

	private final Limits limits;

	private final long graceMillis;

	private final SandboxHealth health = new SandboxHealth();

	/**
	 * Why a check was stopped, once one was: later checks of this instance (one verdict
	 * or one validation) are not run, so a broken checker costs one time limit, not one
	 * per test.
	 */
	private volatile String stopped;

	public SandboxedChecker(String className, Map<String, byte[]> instrumented, Limits limits, long graceMillis) {
		this.className = className;
		this.instrumented = Map.copyOf(instrumented);
		this.limits = limits;
		this.graceMillis = graceMillis;
	}

	/**
	 * Loads the classes once without running any of their code and answers why the entry
	 * method is missing, or null when it is there.
	 */
	public String missingEntry() {
		try (LoadedSubmission loaded = load()) {
			return loaded.resolve(entry(this.className));
		}
	}

	@Override
	public CheckOutcome check(TestCase test, Object expected, Object actual) {
		if (this.stopped != null) {
			throw new CheckerFailed("not run again after an earlier check " + this.stopped);
		}
		CallOutcome outcome;
		try (LoadedSubmission loaded = load()) {
			String missing = loaded.resolve(entry(this.className));
			if (missing != null) {
				throw new CheckerFailed(missing);
			}
			outcome = loaded.call(new Object[] { test.args(), expected, actual },
					this.limits.wallMillisPerSubmission());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CheckerFailed("interrupted");
		}
		if (outcome instanceof CallOutcome.Returned returned) {
			String message = (String) returned.value();
			return (message == null) ? CheckOutcome.pass() : CheckOutcome.fail(message);
		}
		if (outcome instanceof CallOutcome.Threw threw) {
			throw new CheckerFailed("it threw " + threw.describe());
		}
		KillReason reason = ((CallOutcome.Killed) outcome).reason();
		this.stopped = "was stopped: " + switch (reason) {
			case CPU_TIME, WALL_TIME -> "time limit of " + this.limits.cpuMillisPerTest() + " ms exceeded";
			case MEMORY, ALLOCATION -> "memory limit exceeded";
			case OUTPUT -> "output limit exceeded";
			case OUTSIDE_SANDBOX -> "its code ran outside the sandbox";
		};
		throw new CheckerFailed("it " + this.stopped);
	}

	private LoadedSubmission load() {
		return new LoadedSubmission(this.instrumented, this.limits, this.health, this.graceMillis);
	}

	/** The checker itself failed: the verdict is the judge's, not the user's. */
	public static final class CheckerFailed extends RuntimeException {

		private static final long serialVersionUID = 1L;

		CheckerFailed(String message) {
			super(message, null, false, false);
		}

	}

}
