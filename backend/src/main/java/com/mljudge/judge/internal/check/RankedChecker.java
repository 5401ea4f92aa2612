package com.mljudge.judge.internal.check;

import java.util.Arrays;
import java.util.Objects;

import com.mljudge.judge.CheckOutcome;
import com.mljudge.judge.Checker;
import com.mljudge.judge.TestCase;

/**
 * Rows ranked by their last value (a count, a score): the reference's order, except that
 * rows tied on that value may come in any order among themselves. A statement then need
 * not invent a tie rule only to make answers comparable.
 */
public final class RankedChecker implements Checker {

	/** Exact rows: a tie is a tie on the value itself, not within a tolerance. */
	private final UnorderedChecker tied = new UnorderedChecker(0, 0);

	@Override
	public CheckOutcome check(TestCase test, Object expected, Object actual) {
		if (!Values.isArray(actual)) {
			return CheckOutcome.fail("expected rows but got " + Values.shape(actual));
		}
		int n = Values.length(expected);
		if (Values.length(actual) != n) {
			return CheckOutcome.fail("expected " + n + " rows but got " + Values.length(actual));
		}
		int start = 0;
		while (start < n) {
			Object key = key(Values.at(expected, start));
			int end = start + 1;
			while (end < n && Objects.equals(key(Values.at(expected, end)), key)) {
				end++;
			}
			for (int i = start; i < end; i++) {
				Object found = key(Values.at(actual, i));
				if (!Objects.equals(found, key)) {
					return CheckOutcome.fail("row " + i + " should rank at " + Values.render(key) + " but ranks at "
							+ Values.render(found) + " (rows are ordered by their last value)");
				}
			}
			CheckOutcome group = this.tied.check(test, slice(expected, start, end), slice(actual, start, end));
			if (!group.passed()) {
				return CheckOutcome.fail("rows " + start + " to " + (end - 1) + " (tied at " + Values.render(key)
						+ "): " + group.message());
			}
			start = end;
		}
		return CheckOutcome.pass();
	}

	/** The value a row ranks by: its last one (null for an empty row or a non-row). */
	private static Object key(Object row) {
		return (Values.isArray(row) && Values.length(row) > 0) ? Values.at(row, Values.length(row) - 1) : null;
	}

	private static Object[] slice(Object rows, int from, int to) {
		Object[] slice = new Object[to - from];
		Arrays.setAll(slice, (i) -> Values.at(rows, from + i));
		return slice;
	}

}
