package com.mljudge.judge.internal.check;

import java.util.HashMap;
import java.util.Map;

import com.mljudge.judge.CheckOutcome;
import com.mljudge.judge.Checker;
import com.mljudge.judge.TestCase;

/**
 * Cluster labels equal up to renaming: a bijection maps the expected labels onto the
 * actual ones.
 */
public final class PermutationChecker implements Checker {

	@Override
	public CheckOutcome check(TestCase test, Object expected, Object actual) {
		double[] e = Values.numbers(expected);
		double[] a = Values.numbers(actual);
		if (e == null || a == null) {
			return CheckOutcome.fail("expected a label array but got " + Values.shape(actual));
		}
		if (e.length != a.length) {
			return CheckOutcome.fail("expected " + e.length + " labels but got " + a.length);
		}
		Map<Double, Double> forward = new HashMap<>();
		Map<Double, Double> backward = new HashMap<>();
		for (int i = 0; i < e.length; i++) {
			Double f = forward.putIfAbsent(e[i], a[i]);
			Double b = backward.putIfAbsent(a[i], e[i]);
			if ((f != null && f != a[i]) || (b != null && b != e[i])) {
				return CheckOutcome.fail("labels differ beyond renaming at index " + i);
			}
		}
		return CheckOutcome.pass();
	}

}
