package com.mljudge.problembank;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every kind of checker a coding problem may ask for: its name in a problem file, its
 * parameters with their defaults, and the return types it can compare. The bank's reader,
 * the authoring form and the judge (whose {@code Checkers} builds one per constant, in a
 * switch the compiler holds exhaustive) all read this list; a new checker type is a new
 * constant here and a new case there.
 */
public enum CheckerType {

	/** Equal values (arrays element by element). */
	EXACT("exact", "equal to the reference", List.of(), (type) -> true, null),

	/** numpy {@code allclose}: {@code |a - e| <= atol + rtol * |e|}. */
	TOLERANCE("tolerance", "within atol + rtol x |expected|",
			List.of(Parameter.number("atol", 1e-8), Parameter.number("rtol", 1e-5)), CheckerType::numeric,
			"double, double[] or double[][]"),

	/** Cluster labels equal up to renaming the clusters. */
	PERMUTATION("permutation", "the same clusters, whatever their labels", List.of(), (type) -> type == int[].class,
			"int[]"),

	/** Vectors (or matrix rows) equal up to sign, within tolerance: eigenvectors, PCA. */
	SIGN("sign", "equal up to the sign of each vector",
			List.of(Parameter.number("atol", 1e-8), Parameter.number("rtol", 1e-5)),
			(type) -> type == double[].class || type == double[][].class, "double[] or double[][]"),

	/** The same elements in any order, within tolerance. */
	UNORDERED("unordered", "the same elements in any order",
			List.of(Parameter.number("atol", 0), Parameter.number("rtol", 0)), Class::isArray, "an array"),

	/**
	 * Rows ranked by their last value (a count, a score) as the reference ranks them;
	 * rows tied on it in any order.
	 */
	RANKED("ranked", "the reference's ranking, ties in any order", List.of(), CheckerType::rows,
			"an array of rows (int[][], double[][], String[][])"),

	/**
	 * A metric on the test's held-out truth at most {@code delta} below the reference's.
	 */
	METRIC("metric", "a metric on held-out data close to the reference's",
			List.of(Parameter.choice("metric", "accuracy", List.of("accuracy", "f1", "r2", "logloss")),
					Parameter.requiredNumber("delta", 0.01)),
			(type) -> type == int[].class || type == double[].class, "int[] or double[]"),

	/** Gradients: {@code max |x - y| / max(1e-8, |x| + |y|) <= tol}. */
	GRADIENT("gradient", "a relative error below tol", List.of(Parameter.number("tol", 1e-6)), CheckerType::numeric,
			"double, double[] or double[][]"),

	/** An author-written checker class, run in the sandbox like a solution. */
	CUSTOM("custom", "the author's own checker class", List.of(Parameter.className("class")), (type) -> true, null);

	/** How a parameter's value is written and checked. */
	public enum ValueKind {

		/** A number, written as a YAML number. */
		NUMBER,

		/** One of a fixed list of names. */
		CHOICE,

		/** A Java class name. */
		CLASS_NAME

	}

	/**
	 * One parameter of a checker type: its name in a problem file, its kind, whether a
	 * problem file must give it, the value the judge uses when it is left out (null:
	 * none), and the choices of a {@code CHOICE}. Numbers are at least zero.
	 */
	public record Parameter(String name, ValueKind kind, boolean required, Object fallback, List<String> choices) {

		static Parameter number(String name, double fallback) {
			return new Parameter(name, ValueKind.NUMBER, false, fallback, List.of());
		}

		static Parameter requiredNumber(String name, double fallback) {
			return new Parameter(name, ValueKind.NUMBER, true, fallback, List.of());
		}

		static Parameter choice(String name, String fallback, List<String> choices) {
			return new Parameter(name, ValueKind.CHOICE, true, fallback, List.copyOf(choices));
		}

		static Parameter className(String name) {
			return new Parameter(name, ValueKind.CLASS_NAME, true, null, List.of());
		}

	}

	private final String fileName;

	private final String meaning;

	private final List<Parameter> parameters;

	private final Predicate<Class<?>> returns;

	private final String returnsDescription;

	CheckerType(String fileName, String meaning, List<Parameter> parameters, Predicate<Class<?>> returns,
			String returnsDescription) {
		this.fileName = fileName;
		this.meaning = meaning;
		this.parameters = parameters;
		this.returns = returns;
		this.returnsDescription = returnsDescription;
	}

	/** The name in a problem file ({@code checker: {type: tolerance}}). */
	public String fileName() {
		return this.fileName;
	}

	/** What a pass means, in a few words, for the authoring form. */
	public String meaning() {
		return this.meaning;
	}

	public List<Parameter> parameters() {
		return this.parameters;
	}

	/** The parameter named {@code name}, if this type has one. */
	public Optional<Parameter> parameter(String name) {
		return this.parameters.stream().filter((p) -> p.name().equals(name)).findFirst();
	}

	/**
	 * Why this type cannot compare values of {@code returnType} (the return types it
	 * needs), or null when it can.
	 */
	public String refusedReturn(Class<?> returnType) {
		return this.returns.test(returnType) ? null : this.returnsDescription;
	}

	/** The type a problem file names, in any case. */
	public static Optional<CheckerType> named(String fileName) {
		String wanted = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		return Arrays.stream(values()).filter((type) -> type.fileName.equals(wanted)).findFirst();
	}

	/** Every file name, for error messages and forms: {@code exact | tolerance | ...}. */
	public static String fileNames() {
		return String.join(" | ", Arrays.stream(values()).map(CheckerType::fileName).toList());
	}

	private static boolean rows(Class<?> type) {
		return type.isArray() && type.getComponentType().isArray();
	}

	private static boolean numeric(Class<?> type) {
		return type == double.class || type == double[].class || type == double[][].class;
	}

}
