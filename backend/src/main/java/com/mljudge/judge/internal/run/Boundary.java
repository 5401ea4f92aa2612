package com.mljudge.judge.internal.run;

import java.lang.reflect.Array;

/**
 * What may cross between the server and user code: primitives (boxed), Strings and arrays
 * of those, always as fresh copies. Anything else (a user-defined type, a collection
 * whose {@code equals} the user wrote) is refused, so no user method ever runs on a
 * server thread.
 */
public final class Boundary {

	private Boundary() {
	}

	/**
	 * A deep copy of a judge-side value, or an {@link IllegalArgumentException} for other
	 * types.
	 */
	public static Object copy(Object value) {
		if (value == null || isImmutable(value.getClass())) {
			return value;
		}
		Class<?> type = value.getClass();
		if (!type.isArray()) {
			throw new Refused(type);
		}
		Class<?> component = type.getComponentType();
		if (component.isPrimitive()) {
			int length = Array.getLength(value);
			Object copy = Array.newInstance(component, length);
			System.arraycopy(value, 0, copy, 0, length);
			return copy;
		}
		if (!allowedComponent(component)) {
			throw new Refused(type);
		}
		Object[] source = (Object[]) value;
		Object[] copy = (Object[]) Array.newInstance(component, source.length);
		for (int i = 0; i < source.length; i++) {
			copy[i] = copy(source[i]);
		}
		return copy;
	}

	public static Object[] copyArguments(Object[] args) {
		Object[] copy = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			copy[i] = copy(args[i]);
		}
		return copy;
	}

	private static boolean isImmutable(Class<?> type) {
		return type == String.class || type == Integer.class || type == Long.class || type == Double.class
				|| type == Float.class || type == Short.class || type == Byte.class || type == Character.class
				|| type == Boolean.class;
	}

	private static boolean allowedComponent(Class<?> component) {
		while (component.isArray()) {
			component = component.getComponentType();
		}
		return component.isPrimitive() || component == Object.class || isImmutable(component);
	}

	/**
	 * A value of a type that may not cross; {@link #type()} names the innermost offender.
	 */
	public static final class Refused extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		private final String type;

		Refused(Class<?> type) {
			super("values of type " + type.getName() + " cannot cross the sandbox boundary", null);
			this.type = type.getName();
		}

		public String type() {
			return this.type;
		}

	}

}
