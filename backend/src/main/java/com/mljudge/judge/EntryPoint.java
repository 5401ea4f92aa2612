package com.mljudge.judge;

import java.util.List;

/**
 * Which static method of the user's class a test calls, resolved by the problem bank from
 * the signature string (for example
 * {@code int[] cluster(double[][] points, int k, double[][] c)}).
 */
public record EntryPoint(String className, String methodName, List<Class<?>> parameterTypes, Class<?> returnType) {

	public EntryPoint {
		parameterTypes = List.copyOf(parameterTypes);
	}

}
