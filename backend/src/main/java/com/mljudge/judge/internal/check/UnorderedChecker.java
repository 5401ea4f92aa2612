package com.mljudge.judge.internal.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.mljudge.judge.CheckOutcome;
import com.mljudge.judge.Checker;
import com.mljudge.judge.TestCase;

/**
 * The same elements in any order (a multiset): elements are sorted the same way on both
 * sides, then compared with tolerance (0 tolerance means exact).
 */
public final class UnorderedChecker implements Checker {

	private static final Comparator<Object> ORDER = UnorderedChecker::compare;

	private final ToleranceChecker tolerance;

	public UnorderedChecker(double atol, double rtol) {
		this.tolerance = new ToleranceChecker(atol, rtol);
	}

	@Override
	public CheckOutcome check(TestCase test, Object expected, Object actual) {
		if (!Values.isArray(expected) || !Values.isArray(actual)) {
			return CheckOutcome.fail("expected an array but got " + Values.shape(actual));
		}
		List<Object> e = sorted(expected);
		List<Object> a = sorted(actual);
		if (e.size() != a.size()) {
			return CheckOutcome.fail("expected " + e.size() + " elements but got " + a.size());
		}
		String mismatch = this.tolerance.compare(e.toArray(), a.toArray(), "");
		return (mismatch == null) ? CheckOutcome.pass()
				: CheckOutcome.fail("elements differ (order ignored): " + mismatch.replaceFirst("^at [^:]*: ", ""));
	}

	private static List<Object> sorted(Object array) {
		List<Object> items = new ArrayList<>();
		for (int i = 0; i < Values.length(array); i++) {
			items.add(Values.at(array, i));
		}
		items.sort(ORDER);
		return items;
	}

	private static int compare(Object x, Object y) {
		if (x instanceof Number a && y instanceof Number b) {
			return Double.compare(a.doubleValue(), b.doubleValue());
		}
		if (Values.isArray(x) && Values.isArray(y)) {
			int n = Math.min(Values.length(x), Values.length(y));
			for (int i = 0; i < n; i++) {
				int c = compare(Values.at(x, i), Values.at(y, i));
				if (c != 0) {
					return c;
				}
			}
			return Integer.compare(Values.length(x), Values.length(y));
		}
		return String.valueOf(x).compareTo(String.valueOf(y));
	}

}
