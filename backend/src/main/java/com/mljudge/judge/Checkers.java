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
import com.mljudge.judge.internal.compile.CompileFailure;
import com.mljudge.judge.internal.compile.TrustedCompiler;

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
 * <li>{@code custom {className, source}}: a trusted author-written {@link Checker}</li>
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
	 * Compiles a trusted author-written checker; its class must implement
	 * {@link Checker}.
	 */
	public static Checker custom(String className, String source) {
		if (source == null) {
			throw new IllegalArgumentException("a custom checker needs its source");
		}
		try {
			Class<?> type = TrustedCompiler.compile(className, source, Checkers.class.getClassLoader());
			if (!Checker.class.isAssignableFrom(type)) {
				throw new IllegalArgumentException(className + " does not implement " + Checker.class.getName());
			}
			return (Checker) type.getDeclaredConstructor().newInstance();
		}
		catch (CompileFailure ex) {
			throw new IllegalArgumentException("custom checker does not compile: " + ex.diagnostics(), ex);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalArgumentException("custom checker cannot be created: " + ex, ex);
		}
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
