package com.mljudge.problembank;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A test-side approximation of the judge's checkers, enough to tell whether a known-wrong solution
 * really differs from the reference. NaN equals NaN and equal infinities are equal, as the bank's
 * format promises for the tolerance and sign checkers.
 */
final class OutputComparison {

	private OutputComparison() {
	}

	static boolean matches(CheckerSpec checker, Object expected, Object actual, Object truth) {
		if (checker.type().equals("metric")) {
			String metric = (String) checker.params().get("metric");
			return actual != null && expected.getClass() == actual.getClass()
					&& score(metric, actual, truth) >= score(metric, expected, truth) - checker.number("delta", 0);
		}
		double atol = checker.number("atol", 0);
		double rtol = checker.number("rtol", 0);
		return switch (checker.type()) {
			case "tolerance" -> close(expected, actual, atol, rtol);
			case "sign" -> upToSign(expected, actual, atol, rtol);
			case "permutation" -> samePartition((int[]) expected, (int[]) actual);
			case "gradient" -> relativeError(expected, actual) <= checker.number("tol", 0);
			default -> Arrays.deepEquals(new Object[] { expected }, new Object[] { actual });
		};
	}

	/** Higher is better for every metric here. */
	private static double score(String metric, Object predicted, Object truth) {
		switch (metric) {
			case "accuracy": {
				int[] p = (int[]) predicted;
				int[] t = (int[]) truth;
				if (p.length != t.length) {
					return Double.NEGATIVE_INFINITY;
				}
				int right = 0;
				for (int i = 0; i < t.length; i++) {
					right += (p[i] == t[i]) ? 1 : 0;
				}
				return (t.length == 0) ? 1 : (double) right / t.length;
			}
			case "f1": {
				int[] p = (int[]) predicted;
				int[] t = (int[]) truth;
				if (p.length != t.length) {
					return Double.NEGATIVE_INFINITY;
				}
				int tp = 0;
				int fp = 0;
				int fn = 0;
				for (int i = 0; i < t.length; i++) {
					tp += (p[i] == 1 && t[i] == 1) ? 1 : 0;
					fp += (p[i] == 1 && t[i] != 1) ? 1 : 0;
					fn += (p[i] != 1 && t[i] == 1) ? 1 : 0;
				}
				return (tp == 0) ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
			}
			default:
				throw new UnsupportedOperationException("the self-check has no " + metric + " metric yet");
		}
	}

	static boolean close(Object expected, Object actual, double atol, double rtol) {
		if (expected instanceof Double e && actual instanceof Double a) {
			if (Double.isNaN(e) || Double.isNaN(a)) {
				return Double.isNaN(e) && Double.isNaN(a);
			}
			if (Double.isInfinite(e) || Double.isInfinite(a)) {
				return e.doubleValue() == a.doubleValue();
			}
			return Math.abs(a - e) <= atol + rtol * Math.abs(e);
		}
		if (expected != null && actual != null && expected.getClass().isArray()
				&& expected.getClass() == actual.getClass()) {
			int length = Array.getLength(expected);
			if (length != Array.getLength(actual)) {
				return false;
			}
			for (int i = 0; i < length; i++) {
				if (!close(Array.get(expected, i), Array.get(actual, i), atol, rtol)) {
					return false;
				}
			}
			return true;
		}
		return Arrays.deepEquals(new Object[] { expected }, new Object[] { actual });
	}

	/**
	 * The judge's gradient check: the largest {@code |x-y| / max(1e-8, |x|+|y|)} over all elements;
	 * infinite when the shapes differ or an element is NaN.
	 */
	static double relativeError(Object expected, Object actual) {
		if (expected instanceof Double e && actual instanceof Double a) {
			double error = Math.abs(e - a) / Math.max(1e-8, Math.abs(e) + Math.abs(a));
			return Double.isNaN(error) ? Double.POSITIVE_INFINITY : error;
		}
		if (expected == null || actual == null || !expected.getClass().isArray()
				|| expected.getClass() != actual.getClass() || Array.getLength(expected) != Array.getLength(actual)) {
			return Double.POSITIVE_INFINITY;
		}
		double worst = 0;
		for (int i = 0; i < Array.getLength(expected); i++) {
			worst = Math.max(worst, relativeError(Array.get(expected, i), Array.get(actual, i)));
		}
		return worst;
	}

	/** Vectors (or each row of a matrix) equal up to a factor of -1. */
	private static boolean upToSign(Object expected, Object actual, double atol, double rtol) {
		if (expected instanceof double[] e && actual instanceof double[] a) {
			return close(e, a, atol, rtol) || close(e, negate(a), atol, rtol);
		}
		if (expected instanceof double[][] e && actual instanceof double[][] a && e.length == a.length) {
			for (int i = 0; i < e.length; i++) {
				if (!upToSign(e[i], a[i], atol, rtol)) {
					return false;
				}
			}
			return true;
		}
		return false;
	}

	private static double[] negate(double[] values) {
		return Arrays.stream(values).map((v) -> -v).toArray();
	}

	private static boolean samePartition(int[] expected, int[] actual) {
		if (actual == null || expected.length != actual.length) {
			return false;
		}
		Map<Integer, Integer> forward = new HashMap<>();
		Map<Integer, Integer> backward = new HashMap<>();
		for (int i = 0; i < expected.length; i++) {
			int e = expected[i];
			int a = actual[i];
			if (forward.computeIfAbsent(e, (k) -> a) != a || backward.computeIfAbsent(a, (k) -> e) != e) {
				return false;
			}
		}
		return true;
	}

}
