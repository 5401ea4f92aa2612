package com.mljudge.judge.internal.check;

import com.mljudge.judge.CheckOutcome;
import com.mljudge.judge.Checker;
import com.mljudge.judge.TestCase;

/**
 * Vectors (or each row of a matrix) equal up to sign, with tolerance: eigenvectors and
 * principal components are only defined up to a sign flip.
 */
public final class SignChecker implements Checker {

	private final ToleranceChecker tolerance;

	public SignChecker(double atol, double rtol) {
		this.tolerance = new ToleranceChecker(atol, rtol);
	}

	@Override
	public CheckOutcome check(TestCase test, Object expected, Object actual) {
		if (Values.numbers(expected) != null) {
			return row(expected, actual, "result");
		}
		if (!Values.isArray(expected) || !Values.isArray(actual)) {
			return CheckOutcome.fail("expected an array but got " + Values.shape(actual));
		}
		int n = Values.length(expected);
		if (Values.length(actual) != n) {
			return CheckOutcome.fail("expected " + n + " rows but got " + Values.length(actual));
		}
		for (int i = 0; i < n; i++) {
			CheckOutcome outcome = row(Values.at(expected, i), Values.at(actual, i), "row " + i);
			if (!outcome.passed()) {
				return outcome;
			}
		}
		return CheckOutcome.pass();
	}

	private CheckOutcome row(Object expected, Object actual, String where) {
		double[] e = Values.numbers(expected);
		double[] a = Values.numbers(actual);
		if (e == null || a == null || e.length != a.length) {
			return CheckOutcome
				.fail(where + ": expected " + Values.shape(expected) + " but got " + Values.shape(actual));
		}
		boolean same = true;
		boolean flipped = true;
		for (int i = 0; i < e.length; i++) {
			same &= this.tolerance.close(a[i], e[i]);
			flipped &= this.tolerance.close(-a[i], e[i]);
		}
		return (same || flipped) ? CheckOutcome.pass() : CheckOutcome
			.fail(where + ": expected " + Values.render(e) + " (up to sign) but got " + Values.render(a));
	}

}
