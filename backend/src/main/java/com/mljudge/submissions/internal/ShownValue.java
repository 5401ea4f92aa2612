package com.mljudge.submissions.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

import com.mljudge.web.JsonValues;

/**
 * A returned value as stored and shown: a solution may return millions of numbers, and a
 * page (or a jsonb row) of 24 MB helps nobody. The first {@value #MAX_VALUES} numbers or
 * strings are kept, depth first, with the count of all; long strings keep their first
 * {@value #MAX_CHARS} characters. The checker has already seen the whole value.
 */
record ShownValue(Object json, long values, boolean cut) {

	static final int MAX_VALUES = 1_000;

	static final int MAX_CHARS = 10_000;

	/** A Java value (as the judge returns it) cut to size and made JSON-ready. */
	static ShownValue of(Object value) {
		long total = count(value);
		int[] budget = { MAX_VALUES };
		boolean[] cut = { false };
		Object json = copy(value, budget, cut);
		return new ShownValue(json, total, cut[0] || total > MAX_VALUES);
	}

	/**
	 * "first 1000 values of 3000000" when cut, else null; what pages and the API say
	 * beside the value.
	 */
	String note() {
		if (!this.cut) {
			return null;
		}
		return (this.values > MAX_VALUES) ? "first " + MAX_VALUES + " values of " + this.values
				: "long strings cut to their first " + MAX_CHARS + " characters";
	}

	private static long count(Object value) {
		if (value == null || !value.getClass().isArray()) {
			return 1;
		}
		int length = Array.getLength(value);
		if (value.getClass().getComponentType().isPrimitive()) {
			return length;
		}
		long total = 0;
		for (int i = 0; i < length; i++) {
			total += count(Array.get(value, i));
		}
		return total;
	}

	private static Object copy(Object value, int[] budget, boolean[] cut) {
		if (value != null && value.getClass().isArray()) {
			int length = Array.getLength(value);
			List<Object> items = new ArrayList<>(Math.min(length, budget[0]));
			for (int i = 0; i < length && budget[0] > 0; i++) {
				items.add(copy(Array.get(value, i), budget, cut));
			}
			return items;
		}
		budget[0]--;
		if (value instanceof String text && text.length() > MAX_CHARS) {
			cut[0] = true;
			return text.substring(0, MAX_CHARS);
		}
		return JsonValues.of(value);
	}

}
