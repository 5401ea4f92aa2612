package com.mljudge.judge.internal.check;

import com.mljudge.judge.CheckOutcome;
import com.mljudge.judge.Checker;
import com.mljudge.judge.TestCase;

/**
 * numpy {@code allclose}: {@code |a - e| <= atol + rtol * |e|} for every element, any
 * nesting. NaN matches only NaN (the reference producing NaN is the answer); an infinity
 * matches only the same infinity; a finite number never matches an infinity.
 */
public final class ToleranceChecker implements Checker {

	private final double atol;

	private final double rtol;

	public ToleranceChecker(double atol, double rtol) {
		this.atol = atol;
		this.rtol = rtol;
	}

	@Override
	public CheckOutcome check(TestCase test, Object expected, Object actual) {
		String mismatch = compare(expected, actual, "");
		return (mismatch == null) ? CheckOutcome.pass() : CheckOutcome.fail(mismatch);
	}

	String compare(Object expected, Object actual, String at) {
		if (expected instanceof Number e && actual instanceof Number a) {
			return close(a.doubleValue(), e.doubleValue()) ? null
					: "at " + (at.isEmpty() ? "result" : at) + ": expected " + e + " but got " + a;
		}
		if (Values.isArray(expected) && Values.isArray(actual)) {
			int n = Values.length(expected);
			if (Values.length(actual) != n) {
				return "at " + (at.isEmpty() ? "result" : at) + ": expected length " + n + " but got "
						+ Values.length(actual);
			}
			for (int i = 0; i < n; i++) {
				String mismatch = compare(Values.at(expected, i), Values.at(actual, i), at + "[" + i + "]");
				if (mismatch != null) {
					return mismatch;
				}
			}
			return null;
		}
		if (expected == null ? actual == null : expected.equals(actual)) {
			return null;
		}
		return "at " + (at.isEmpty() ? "result" : at) + ": expected " + Values.shape(expected) + " "
				+ Values.render(expected) + " but got " + Values.shape(actual) + " " + Values.render(actual);
	}

	boolean close(double a, double e) {
		if (Double.isNaN(e) || Double.isNaN(a)) {
			return Double.isNaN(e) && Double.isNaN(a);
		}
		if (Double.isInfinite(e) || Double.isInfinite(a)) {
			return a == e;
		}
		return Math.abs(a - e) <= this.atol + this.rtol * Math.abs(e);
	}

}
