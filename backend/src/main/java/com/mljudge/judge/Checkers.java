package com.mljudge.judge;

import java.util.Map;

import com.mljudge.judge.internal.check.ExactChecker;
import com.mljudge.judge.internal.check.GradientChecker;
import com.mljudge.judge.internal.check.Metric;
import com.mljudge.judge.internal.check.MetricChecker;
import com.mljudge.judge.internal.check.PermutationChecker;
import com.mljudge.judge.internal.check.RankedChecker;
import com.mljudge.judge.internal.check.SignChecker;
import com.mljudge.judge.internal.check.ToleranceChecker;
import com.mljudge.judge.internal.check.UnorderedChecker;
import com.mljudge.judge.internal.compile.SourceCompiler;
import com.mljudge.judge.internal.instrument.Instrumenter;
import com.mljudge.judge.internal.run.SandboxedChecker;
import com.mljudge.judge.internal.verify.BytecodeVerifier;
import com.mljudge.problembank.CheckerType;

/**
 * Builds the checker a problem asks for: one per {@link CheckerType} (the bank's list of
 * checker types, their parameters and defaults), in a switch the compiler holds
 * exhaustive, so a new type cannot be read from a problem file without a checker here.
 */
public final class Checkers {

	private Checkers() {
	}

	/**
	 * The checker of a problem file's spec: its type name and parameters (numbers, names,
	 * and for {@code custom} its class name under {@code class} and its {@code source}).
	 * A parameter left out takes the type's default.
	 */
	public static Checker fromSpec(String type, Map<String, Object> params) {
		CheckerType checkerType = CheckerType.named(type)
			.orElseThrow(() -> new IllegalArgumentException("unknown checker type: " + type));
		return of(checkerType, (params != null) ? params : Map.of());
	}

	private static Checker of(CheckerType type, Map<String, Object> p) {
		return switch (type) {
			case EXACT -> new ExactChecker();
			case TOLERANCE -> new ToleranceChecker(number(p, type, "atol"), number(p, type, "rtol"));
			case PERMUTATION -> new PermutationChecker();
			case SIGN -> new SignChecker(number(p, type, "atol"), number(p, type, "rtol"));
			case UNORDERED -> new UnorderedChecker(number(p, type, "atol"), number(p, type, "rtol"));
			case RANKED -> new RankedChecker();
			case METRIC -> new MetricChecker(Metric.named(text(p, type, "metric")), number(p, type, "delta"));
			case GRADIENT -> new GradientChecker(number(p, type, "tol"));
			case CUSTOM ->
				custom(text(p, type, "class"), (p.get("source") != null) ? p.get("source").toString() : null);
		};
	}

	/**
	 * The limits every check of an author's checker runs under: as a solution's test,
	 * with little room for output nobody reads.
	 */
	static final Limits CHECKER_LIMITS = Limits.defaults().withCpuMillisPerTest(2_000).withOutputBytes(4_096);

	private static final long CHECKER_GRACE_MILLIS = 2_000;

	/**
	 * A problem's checker is built for every verdict: the pipeline's parts (immutable, or
	 * caching concurrently) are built once, not the allowlist parsed each time.
	 */
	private static final SourceCompiler COMPILER = new SourceCompiler(CompileLimits.defaults());

	private static final BytecodeVerifier VERIFIER = new BytecodeVerifier();

	private static final Instrumenter INSTRUMENTER = new Instrumenter(true);

	/**
	 * Compiles, verifies and instruments an author-written checker exactly like a user's
	 * solution; its code then only ever runs in the sandbox (see
	 * {@link SandboxedChecker}). Its class declares
	 * {@code public String check(Object[] args, Object expected,
	 * Object actual)}, answering null when the answer passes and otherwise the message
	 * for the user.
	 * @throws IllegalArgumentException when it does not compile, uses what the sandbox
	 * refuses or lacks that method
	 */
	public static Checker custom(String className, String source) {
		if (source == null || source.isBlank()) {
			throw new IllegalArgumentException("a custom checker needs its source");
		}
		if (className == null || !className.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
			throw new IllegalArgumentException(
					"a custom checker needs a class name (a Java identifier), got " + className);
		}
		PreparedCode code;
		try {
			code = PreparedCode.prepare(COMPILER, VERIFIER, INSTRUMENTER, className, source);
		}
		catch (PreparedCode.Refused refused) {
			String what = (refused.verdict() == Verdict.REJECTED) ? "uses what the sandbox refuses"
					: "does not compile";
			throw new IllegalArgumentException("custom checker " + what + ": " + refused.diagnostics());
		}
		SandboxedChecker checker = new SandboxedChecker(className, code.instrumented(), CHECKER_LIMITS,
				CHECKER_GRACE_MILLIS);
		String missing = checker.missingEntry();
		if (missing != null) {
			throw new IllegalArgumentException("custom checker: " + missing
					+ "; a checker declares public String check(Object[] args, Object expected, Object actual)"
					+ " and returns null when the answer passes, else the message for the user");
		}
		return checker;
	}

	private static double number(Map<String, Object> params, CheckerType type, String key) {
		Object value = params.containsKey(key) ? params.get(key) : fallback(type, key);
		return (value instanceof Number n) ? n.doubleValue() : Double.parseDouble(value.toString());
	}

	private static String text(Map<String, Object> params, CheckerType type, String key) {
		Object value = params.containsKey(key) ? params.get(key) : fallback(type, key);
		return (value != null) ? value.toString() : null;
	}

	private static Object fallback(CheckerType type, String key) {
		return type.parameter(key)
			.orElseThrow(() -> new IllegalStateException(type.fileName() + " has no parameter " + key))
			.fallback();
	}

}
