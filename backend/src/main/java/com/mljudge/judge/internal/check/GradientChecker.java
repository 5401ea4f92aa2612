package com.mljudge.judge.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.mljudge.judge.CheckOutcome;
import com.mljudge.judge.Checker;
import com.mljudge.judge.TestCase;

/**
 * Gradient check: the largest element-wise relative error
 * {@code |x-y| / max(1e-8, |x|+|y|)} must not exceed {@code tol}.
 */
public final class GradientChecker implements Checker {

	private final double tol;

	public GradientChecker(double tol) {
		this.tol = tol;
	}

	@Override
	public CheckOutcome check(TestCase test, Object expected, Object actual) {
		List<Double> x = new ArrayList<>();
		List<Double> y = new ArrayList<>();
		String shape = flatten(expected, actual, x, y);
		if (shape != null) {
			return CheckOutcome.fail(shape);
		}
		double worst = 0;
		for (int i = 0; i < x.size(); i++) {
			double a = x.get(i);
			double b = y.get(i);
			double error = Math.abs(a - b) / Math.max(1e-8, Math.abs(a) + Math.abs(b));
			if (Double.isNaN(error)) {
				return CheckOutcome.fail("gradient contains NaN at element " + i);
			}
			worst = Math.max(worst, error);
		}
		String message = String.format(Locale.ROOT, "max relative error %.3e (tolerance %.1e)", worst, this.tol);
		return (worst <= this.tol) ? new CheckOutcome(true, message) : CheckOutcome.fail(message);
	}

	private static String flatten(Object expected, Object actual, List<Double> x, List<Double> y) {
		if (expected instanceof Number e && actual instanceof Number a) {
			x.add(e.doubleValue());
			y.add(a.doubleValue());
			return null;
		}
		if (!Values.isArray(expected) || !Values.isArray(actual) || Values.length(expected) != Values.length(actual)) {
			return "expected " + Values.shape(expected) + " but got " + Values.shape(actual);
		}
		for (int i = 0; i < Values.length(expected); i++) {
			String mismatch = flatten(Values.at(expected, i), Values.at(actual, i), x, y);
			if (mismatch != null) {
				return mismatch;
			}
		}
		return null;
	}

}
