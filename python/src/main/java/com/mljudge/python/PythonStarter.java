package com.mljudge.python;

import java.util.List;

import com.mljudge.judge.PythonRunner;

/**
 * The Python starter of a problem's Java signature: a function in snake case whose
 * parameters keep the signature's names (in snake case too, except names that start with
 * a capital, such as {@code X} or {@code Wq}, which ML code writes that way), with a
 * docstring saying what each parameter holds and what to return.
 */
final class PythonStarter {

	private PythonStarter() {
	}

	static String of(String methodName, List<Class<?>> types, List<String> names, Class<?> returnType) {
		if (types.size() != names.size()) {
			throw new IllegalArgumentException(types.size() + " parameter types for " + names.size() + " names");
		}
		StringBuilder text = new StringBuilder("def ").append(PythonRunner.functionName(methodName)).append('(');
		for (int i = 0; i < names.size(); i++) {
			text.append((i > 0) ? ", " : "").append(parameterName(names.get(i)));
		}
		text.append("):\n    \"\"\"\n");
		for (int i = 0; i < names.size(); i++) {
			text.append("    ")
				.append(parameterName(names.get(i)))
				.append(": ")
				.append(describe(types.get(i)))
				.append('\n');
		}
		text.append("    returns: ").append(describe(returnType)).append("\n    \"\"\"\n");
		text.append("    # your code here\n    return ").append(placeholder(returnType)).append('\n');
		return text.toString();
	}

	static String parameterName(String javaName) {
		if (!javaName.isEmpty() && Character.isUpperCase(javaName.charAt(0))) {
			return javaName;
		}
		return PythonRunner.functionName(javaName);
	}

	/** How a Java type travels as a Python value, for the docstring. */
	static String describe(Class<?> type) {
		if (type.isArray()) {
			return "list of " + plural(type.getComponentType());
		}
		return singular(type);
	}

	private static String singular(Class<?> type) {
		if (type == int.class || type == long.class) {
			return "int";
		}
		if (type == double.class) {
			return "float";
		}
		if (type == boolean.class) {
			return "bool";
		}
		if (type == char.class) {
			return "str of length 1";
		}
		if (type == String.class) {
			return "str";
		}
		return type.getSimpleName();
	}

	private static String plural(Class<?> type) {
		if (type.isArray()) {
			return "lists of " + plural(type.getComponentType());
		}
		return switch (singular(type)) {
			case "str of length 1" -> "one-character strs";
			case "int", "float", "bool", "str" -> singular(type) + "s";
			default -> singular(type);
		};
	}

	private static String placeholder(Class<?> type) {
		if (type.isArray()) {
			return "[]";
		}
		if (type == int.class || type == long.class) {
			return "0";
		}
		if (type == double.class) {
			return "0.0";
		}
		if (type == boolean.class) {
			return "False";
		}
		if (type == char.class) {
			return "' '";
		}
		return "''";
	}

}
