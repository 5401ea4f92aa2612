package com.mljudge.judge.internal.check;

import java.lang.reflect.Array;

/**
 * Reading boundary values (primitives, boxed numbers, Strings, arrays of those) as
 * numbers and rendering them briefly for messages.
 */
final class Values {

	private static final int MAX_RENDER = 160;

	private Values() {
	}

	static boolean isArray(Object value) {
		return value != null && value.getClass().isArray();
	}

	static int length(Object array) {
		return Array.getLength(array);
	}

	static Object at(Object array, int i) {
		return Array.get(array, i);
	}

	/** A flat numeric array, or null when the value is not a 1-D array of numbers. */
	static double[] numbers(Object value) {
		if (value instanceof double[] d) {
			return d;
		}
		if (!isArray(value) || value.getClass().getComponentType().isArray()) {
			return null;
		}
		int n = length(value);
		double[] out = new double[n];
		for (int i = 0; i < n; i++) {
			Object item = at(value, i);
			if (!(item instanceof Number number)) {
				return null;
			}
			out[i] = number.doubleValue();
		}
		return out;
	}

	static String render(Object value) {
		StringBuilder text = new StringBuilder();
		render(value, text);
		return (text.length() <= MAX_RENDER) ? text.toString() : text.substring(0, MAX_RENDER) + "...";
	}

	private static void render(Object value, StringBuilder text) {
		if (text.length() > MAX_RENDER) {
			return;
		}
		if (!isArray(value)) {
			text.append(value instanceof String ? "\"" + value + "\"" : String.valueOf(value));
			return;
		}
		text.append('[');
		int n = length(value);
		for (int i = 0; i < n && text.length() <= MAX_RENDER; i++) {
			if (i > 0) {
				text.append(", ");
			}
			render(at(value, i), text);
		}
		text.append(']');
	}

	static String shape(Object value) {
		if (value == null) {
			return "null";
		}
		if (!isArray(value)) {
			return value.getClass().getSimpleName();
		}
		return value.getClass().getComponentType().getSimpleName() + "[" + length(value) + "]";
	}

}
