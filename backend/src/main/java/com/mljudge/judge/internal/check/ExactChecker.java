package com.mljudge.judge.internal.check;

import java.util.Objects;

import com.mljudge.judge.CheckOutcome;
import com.mljudge.judge.Checker;
import com.mljudge.judge.TestCase;

/**
 * Equal value by value, arrays element by element.
 */
public final class ExactChecker implements Checker {

	@Override
	public CheckOutcome check(TestCase test, Object expected, Object actual) {
		if (Objects.deepEquals(expected, actual)) {
			return CheckOutcome.pass();
		}
		return CheckOutcome.fail("expected " + Values.render(expected) + " but got " + Values.render(actual));
	}

}
