package com.mljudge.problembank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The entry method of a coding problem, parsed from text such as
 * {@code int[] cluster(double[][] points, int k, double[][] initialCentroids)}.
 */
public record Signature(String methodName, List<Class<?>> parameterTypes, List<String> parameterNames,
		Class<?> returnType) {

	/**
	 * Everything the judge can pass across its boundary. Kept closed on purpose: values
	 * must be copyable and comparable without running user code.
	 */
	static final Map<String, Class<?>> TYPES = Map.ofEntries(Map.entry("int", int.class), Map.entry("long", long.class),
			Map.entry("double", double.class), Map.entry("boolean", boolean.class), Map.entry("char", char.class),
			Map.entry("String", String.class), Map.entry("int[]", int[].class), Map.entry("long[]", long[].class),
			Map.entry("double[]", double[].class), Map.entry("boolean[]", boolean[].class),
			Map.entry("char[]", char[].class), Map.entry("String[]", String[].class),
			Map.entry("int[][]", int[][].class), Map.entry("long[][]", long[][].class),
			Map.entry("double[][]", double[][].class), Map.entry("boolean[][]", boolean[][].class),
			Map.entry("char[][]", char[][].class), Map.entry("String[][]", String[][].class));

	private static final Pattern WHOLE = Pattern
		.compile("\\s*([A-Za-z]+(?:\\s*\\[\\s*\\])*)\\s+([A-Za-z_$][A-Za-z0-9_$]*)\\s*\\((.*)\\)\\s*");

	private static final Pattern PARAMETER = Pattern
		.compile("\\s*(?:final\\s+)?([A-Za-z]+(?:\\s*\\[\\s*\\])*)\\s+([A-Za-z_$][A-Za-z0-9_$]*)\\s*");

	public Signature {
		parameterTypes = List.copyOf(parameterTypes);
		parameterNames = List.copyOf(parameterNames);
	}

	/**
	 * Parses a signature.
	 * @throws IllegalArgumentException with a message fit for an author when the text is
	 * not a supported signature
	 */
	public static Signature parse(String text) {
		Matcher whole = WHOLE.matcher(text);
		if (!whole.matches()) {
			throw new IllegalArgumentException(
					"expected '<returnType> <method>(<type> <name>, ...)', got '" + text + "'");
		}
		Class<?> returnType = type(whole.group(1), "return type");
		List<Class<?>> types = new ArrayList<>();
		List<String> names = new ArrayList<>();
		String parameters = whole.group(3).trim();
		if (!parameters.isEmpty()) {
			for (String parameter : parameters.split(",", -1)) {
				Matcher matcher = PARAMETER.matcher(parameter);
				if (!matcher.matches()) {
					throw new IllegalArgumentException("cannot read parameter '" + parameter.trim() + "'");
				}
				if (names.contains(matcher.group(2))) {
					throw new IllegalArgumentException("parameter name '" + matcher.group(2) + "' is used twice");
				}
				types.add(type(matcher.group(1), "parameter '" + matcher.group(2) + "'"));
				names.add(matcher.group(2));
			}
		}
		return new Signature(whole.group(2), types, names, returnType);
	}

	private static Class<?> type(String spelled, String role) {
		String compact = spelled.replaceAll("\\s+", "");
		Class<?> type = TYPES.get(compact);
		if (type == null) {
			throw new IllegalArgumentException(role + " has unsupported type '" + compact + "' (supported: "
					+ String.join(", ", new java.util.TreeSet<>(TYPES.keySet())) + ")");
		}
		return type;
	}

	/**
	 * Converts a JSON array with one value per parameter into the Java arguments of a
	 * call, for input typed by a person (a custom run).
	 * @throws IllegalArgumentException naming the parameter and the position inside it
	 * that does not fit
	 */
	public Object[] arguments(JsonNode values) {
		if (values == null || !values.isArray()) {
			throw new IllegalArgumentException("expected a JSON array with one value per parameter of "
					+ describeNamedParameters() + ", got " + ((values == null) ? "nothing" : values.getNodeType()));
		}
		if (values.size() != this.parameterTypes.size()) {
			throw new IllegalArgumentException("expected " + this.parameterTypes.size() + " values for "
					+ describeNamedParameters() + ", got " + values.size());
		}
		Object[] arguments = new Object[values.size()];
		for (int i = 0; i < arguments.length; i++) {
			Class<?> type = this.parameterTypes.get(i);
			try {
				arguments[i] = ArgumentConverter.convert(values.get(i), type);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("parameter '" + this.parameterNames.get(i) + "' ("
						+ type.getSimpleName() + "): " + ex.getMessage(), ex);
			}
		}
		return arguments;
	}

	private String describeNamedParameters() {
		List<String> parameters = new ArrayList<>();
		for (int i = 0; i < this.parameterTypes.size(); i++) {
			parameters.add(this.parameterTypes.get(i).getSimpleName() + " " + this.parameterNames.get(i));
		}
		return this.methodName + "(" + String.join(", ", parameters) + ")";
	}

	/**
	 * The signature as Java would print it, e.g.
	 * {@code cluster(double[][], int, double[][])}.
	 */
	public String describeParameters() {
		List<String> names = this.parameterTypes.stream().map(Class::getSimpleName).toList();
		return this.methodName + "(" + String.join(", ", names) + ")";
	}

	@Override
	public String toString() {
		List<String> parameters = new ArrayList<>();
		for (int i = 0; i < this.parameterTypes.size(); i++) {
			parameters.add(this.parameterTypes.get(i).getSimpleName() + " " + this.parameterNames.get(i));
		}
		return this.returnType.getSimpleName() + " " + this.methodName + "(" + String.join(", ", parameters) + ")";
	}

}
