package com.mljudge.judge;

import java.util.Locale;
import java.util.Map;

import com.mljudge.judge.internal.check.ExactChecker;
import com.mljudge.judge.internal.check.GradientChecker;
import com.mljudge.judge.internal.check.Metric;
import com.mljudge.judge.internal.check.MetricChecker;
import com.mljudge.judge.internal.check.PermutationChecker;
import com.mljudge.judge.internal.check.SignChecker;
import com.mljudge.judge.internal.check.ToleranceChecker;
import com.mljudge.judge.internal.check.UnorderedChecker;
import com.mljudge.judge.internal.compile.SourceCompiler;
import com.mljudge.judge.internal.instrument.Instrumenter;
import com.mljudge.judge.internal.run.SandboxedChecker;
import com.mljudge.judge.internal.verify.BytecodeVerifier;

/**
 * The built-in checkers, built from a problem file's checker spec: a type and its
 * parameters.
 * <ul>
 * <li>{@code exact}</li>
 * <li>{@code tolerance {atol=1e-8, rtol=1e-5}}: numpy {@code allclose}</li>
 * <li>{@code permutation}: cluster labels up to renaming</li>
 * <li>{@code sign {atol, rtol}}: vectors or matrix rows up to sign</li>
 * <li>{@code unordered {atol=0, rtol=0}}</li>
 * <li>{@code metric {metric=accuracy|f1|r2|logloss, delta=0.01}}: against the reference
 * on the test's truth</li>
 * <li>{@code gradient {tol=1e-6}}</li>
 * <li>{@code custom {className, source}}: an author-written checker, run in the sandbox
 * like a solution</li>
 * </ul>
 */
public final class Checkers {

	private Checkers() {
	}

	public static Checker fromSpec(String type, Map<String, Object> params) {
		Map<String, Object> p = (params != null) ? params : Map.of();
		return switch (type.toLowerCase(Locale.ROOT)) {
			case "exact" -> new ExactChecker();
			case "tolerance" -> new ToleranceChecker(number(p, "atol", 1e-8), number(p, "rtol", 1e-5));
			case "permutation" -> new PermutationChecker();
			case "sign" -> new SignChecker(number(p, "atol", 1e-8), number(p, "rtol", 1e-5));
			case "unordered" -> new UnorderedChecker(number(p, "atol", 0), number(p, "rtol", 0));
			case "metric" -> new MetricChecker(Metric.named(text(p, "metric", "accuracy")), number(p, "delta", 0.01));
			case "gradient" -> new GradientChecker(number(p, "tol", 1e-6));
			case "custom" -> custom(text(p, "className", "CustomChecker"), text(p, "source", null));
			default -> throw new IllegalArgumentException("unknown checker type: " + type);
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

	private static double number(Map<String, Object> params, String key, double fallback) {
		Object value = params.get(key);
		if (value == null) {
			return fallback;
		}
		return (value instanceof Number n) ? n.doubleValue() : Double.parseDouble(value.toString());
	}

	private static String text(Map<String, Object> params, String key, String fallback) {
		Object value = params.get(key);
		return (value != null) ? value.toString() : fallback;
	}

}
