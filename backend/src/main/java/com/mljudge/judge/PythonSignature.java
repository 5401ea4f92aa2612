package com.mljudge.judge;

import java.util.List;

/**
 * The Python face of a problem's Java signature: the function in snake case whose
 * parameters keep the signature's names (in snake case too, except names that start with
 * a capital, such as {@code X} or {@code Wq}, which ML code writes that way), and the
 * starter with a docstring saying what each parameter holds and what to return. Plain
 * Java 17, so the pages show it on a server without Python too; the Python runner writes
 * its starter with it.
 */
public final class PythonSignature {

	private PythonSignature() {
	}

	/** {@code def cluster(points, k, initial_centroids)}, without the colon. */
	public static String declaration(String methodName, List<String> names) {
		StringBuilder text = new StringBuilder("def ").append(PythonRunner.functionName(methodName)).append('(');
		for (int i = 0; i < names.size(); i++) {
			text.append((i > 0) ? ", " : "").append(parameterName(names.get(i)));
		}
		return text.append(')').toString();
	}

	/**
	 * The starter: the declaration, a docstring of the types and a placeholder return.
	 */
	public static String starter(String methodName, List<Class<?>> types, List<String> names, Class<?> returnType) {
		if (types.size() != names.size()) {
			throw new IllegalArgumentException(types.size() + " parameter types for " + names.size() + " names");
		}
		StringBuilder text = new StringBuilder(declaration(methodName, names)).append(":\n    \"\"\"\n");
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

	/**
	 * A Java parameter's name in Python; a name that is a Python keyword ({@code lambda},
	 * {@code from}, {@code in}) gets a trailing underscore, as PEP 8 writes it, so the
	 * starter stays valid Python.
	 */
	public static String parameterName(String javaName) {
		String name = (!javaName.isEmpty() && Character.isUpperCase(javaName.charAt(0))) ? javaName
				: PythonRunner.functionName(javaName);
		return KEYWORDS.contains(name) ? name + "_" : name;
	}

	private static final java.util.Set<String> KEYWORDS = java.util.Set.of("False", "None", "True", "and", "as",
			"assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally",
			"for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
			"return", "try", "while", "with", "yield");

	/** How a Java type travels as a Python value, for the docstring. */
	public static String describe(Class<?> type) {
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
