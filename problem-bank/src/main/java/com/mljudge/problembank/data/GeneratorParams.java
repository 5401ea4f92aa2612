package com.mljudge.problembank.data;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A generator's parameters from problem.yaml. Reading a parameter records it, so the
 * loader can report parameters no generator looked at: a typo must not silently fall back
 * to the default.
 */
public final class GeneratorParams {

	private final Map<String, Object> values;

	private final Set<String> read = new HashSet<>();

	public GeneratorParams(Map<String, Object> values) {
		this.values = Map.copyOf(values);
	}

	public int integer(String name, int fallback) {
		this.read.add(name);
		Object value = this.values.get(name);
		if (value == null) {
			return fallback;
		}
		if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
				|| Math.abs(number.doubleValue()) > Integer.MAX_VALUE) {
			throw new IllegalArgumentException(name + ": expected an integer, got " + value);
		}
		return number.intValue();
	}

	/** An integer that must be at least {@code min}. */
	public int integer(String name, int fallback, int min) {
		int value = integer(name, fallback);
		if (value < min) {
			throw new IllegalArgumentException(name + ": must be at least " + min + ", got " + value);
		}
		return value;
	}

	public double number(String name, double fallback) {
		this.read.add(name);
		Object value = this.values.get(name);
		if (value == null) {
			return fallback;
		}
		if (!(value instanceof Number number)) {
			throw new IllegalArgumentException(name + ": expected a number, got " + value);
		}
		return number.doubleValue();
	}

	/** An integer with no default: missing is an error. */
	public int integer(String name) {
		require(name);
		return integer(name, 0);
	}

	/** A number with no default: missing is an error. */
	public double number(String name) {
		require(name);
		return number(name, 0);
	}

	public boolean bool(String name, boolean fallback) {
		this.read.add(name);
		Object value = this.values.get(name);
		if (value == null) {
			return fallback;
		}
		if (!(value instanceof Boolean bool)) {
			throw new IllegalArgumentException(name + ": expected true or false, got " + value);
		}
		return bool;
	}

	/** A required non-empty string, e.g. an alphabet to draw characters from. */
	public String text(String name) {
		require(name);
		Object value = this.values.get(name);
		if (!(value instanceof String text) || text.isEmpty()) {
			throw new IllegalArgumentException(name + ": expected a non-empty string, got " + value);
		}
		return text;
	}

	/** A required non-empty list of strings, e.g. the choices to draw from. */
	public List<String> texts(String name) {
		require(name);
		Object value = this.values.get(name);
		if (!(value instanceof List<?> list) || list.isEmpty() || !list.stream().allMatch(String.class::isInstance)) {
			throw new IllegalArgumentException(name + ": expected a non-empty list of strings, got " + value);
		}
		return list.stream().map(String.class::cast).toList();
	}

	/**
	 * The value as given (a Long, Double, String, Boolean or list of strings), or null.
	 */
	public Object raw(String name) {
		this.read.add(name);
		return this.values.get(name);
	}

	private void require(String name) {
		this.read.add(name);
		if (this.values.get(name) == null) {
			throw new IllegalArgumentException(name + ": is required");
		}
	}

	/** Parameters given in the file that no read asked for (typos), sorted. */
	public Set<String> unread() {
		Set<String> unread = new TreeSet<>(this.values.keySet());
		unread.removeAll(this.read);
		return unread;
	}

}
