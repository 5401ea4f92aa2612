package com.mljudge.python;

import java.lang.reflect.Array;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * Values across the Python boundary. Arguments go in as read-only array proxies that the
 * context copies into real lists at once (so the solution never holds anything of the
 * server's); results come back only from Python's own int, float, bool, str, list and
 * tuple, converted to the entry's Java type, so the checkers see exactly what a Java
 * solution would have returned.
 */
final class PythonValues {

	private PythonValues() {
	}

	/**
	 * A judge-side argument (boxed primitive, String, array of those) for the context.
	 */
	static Object argument(Object value) {
		if (value == null || !value.getClass().isArray()) {
			return (value instanceof Character c) ? String.valueOf(c) : value;
		}
		return new ReadOnlyArray(value);
	}

	/** A result that does not fit the entry's return type: a wrong answer, with why. */
	static final class Mismatch extends Exception {

		private static final long serialVersionUID = 1L;

		Mismatch(String message) {
			super(message, null, false, false);
		}

	}

	/**
	 * The Java value of a Python result, of the entry's return type.
	 * @throws Mismatch when it is of another type or shape, naming where
	 */
	static Object result(Value value, Class<?> type) throws Mismatch {
		return convert(value, type, "the result");
	}

	private static Object convert(Value value, Class<?> type, String where) throws Mismatch {
		if (value.isNull()) {
			if (type.isPrimitive()) {
				throw new Mismatch(where + " is None where " + PythonStarter.describe(type) + " is expected");
			}
			return null;
		}
		String kind = kind(value);
		if (type.isArray()) {
			if (!kind.equals("list") && !kind.equals("tuple")) {
				throw mismatch(where, kind, type);
			}
			long size = value.getArraySize();
			Class<?> component = type.getComponentType();
			Object array = Array.newInstance(component, (int) size);
			for (int i = 0; i < size; i++) {
				Array.set(array, i, convert(value.getArrayElement(i), component, where + "[" + i + "]"));
			}
			return array;
		}
		if (type == double.class && (kind.equals("float") || kind.equals("int"))) {
			if (!value.fitsInDouble() && kind.equals("int")) {
				throw new Mismatch(where + " is an int too large for a float");
			}
			return value.asDouble();
		}
		if (type == int.class && kind.equals("int")) {
			if (!value.fitsInInt()) {
				throw new Mismatch(where + " is an int outside Java's 32-bit range");
			}
			return value.asInt();
		}
		if (type == long.class && kind.equals("int")) {
			if (!value.fitsInLong()) {
				throw new Mismatch(where + " is an int outside Java's 64-bit range");
			}
			return value.asLong();
		}
		if (type == boolean.class && kind.equals("bool")) {
			return value.asBoolean();
		}
		if (type == String.class && kind.equals("str")) {
			return value.asString();
		}
		if (type == char.class && kind.equals("str")) {
			String text = value.asString();
			if (text.length() != 1) {
				throw new Mismatch(where + " is a str of length " + text.length() + " where one character is expected");
			}
			return text.charAt(0);
		}
		throw mismatch(where, kind, type);
	}

	private static Mismatch mismatch(String where, String kind, Class<?> type) {
		return new Mismatch(where + " is a " + kind + " where " + PythonStarter.describe(type) + " is expected");
	}

	/**
	 * The Python type's qualified name; a class the solution defined (even one named like
	 * a built-in) is named with its module, so it never passes for a built-in.
	 */
	private static String kind(Value value) {
		Value meta = value.getMetaObject();
		return (meta != null) ? meta.getMetaQualifiedName() : "unknown";
	}

	/** An array handed to the context; it only reads it, once, into lists. */
	private static final class ReadOnlyArray implements ProxyArray {

		private final Object array;

		ReadOnlyArray(Object array) {
			this.array = array;
		}

		@Override
		public Object get(long index) {
			return argument(Array.get(this.array, (int) index));
		}

		@Override
		public void set(long index, Value value) {
			throw new UnsupportedOperationException("arguments are read-only");
		}

		@Override
		public long getSize() {
			return Array.getLength(this.array);
		}

	}

}
