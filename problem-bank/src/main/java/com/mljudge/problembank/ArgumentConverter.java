package com.mljudge.problembank;

import java.lang.reflect.Array;

import tools.jackson.databind.JsonNode;

/**
 * Turns a JSON/YAML value into a Java value of one of the signature types. NaN and
 * infinities, which JSON cannot spell, are accepted as the strings "NaN", "Infinity",
 * "-Infinity" (quoted ".nan" / ".inf" too; bare ones in flow lists are quoted by
 * {@link ProblemReader#readYaml}, since they do not get past Jackson's YAML parser).
 */
final class ArgumentConverter {

	private ArgumentConverter() {
	}

	/**
	 * @throws IllegalArgumentException naming the offending position relative to the
	 * value
	 */
	static Object convert(JsonNode node, Class<?> type) {
		return convert(node, type, "");
	}

	private static Object convert(JsonNode node, Class<?> type, String at) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			throw problem(at, "expected " + type.getSimpleName() + ", got null");
		}
		if (type == int.class) {
			return (int) integral(node, Integer.MIN_VALUE, Integer.MAX_VALUE, "int", at);
		}
		if (type == long.class) {
			return integral(node, Long.MIN_VALUE, Long.MAX_VALUE, "long", at);
		}
		if (type == double.class) {
			return real(node, at);
		}
		if (type == boolean.class) {
			if (!node.isBoolean()) {
				throw problem(at, "expected true or false, got " + shortly(node));
			}
			return node.booleanValue();
		}
		if (type == char.class) {
			if (!node.isString() || node.stringValue().length() != 1) {
				throw problem(at, "expected a one-character string, got " + shortly(node));
			}
			return node.stringValue().charAt(0);
		}
		if (type == String.class) {
			if (!node.isString()) {
				throw problem(at, "expected a string, got " + shortly(node));
			}
			return node.stringValue();
		}
		if (type == char[].class && node.isString()) {
			return node.stringValue().toCharArray();
		}
		if (type.isArray()) {
			if (!node.isArray()) {
				throw problem(at, "expected an array for " + type.getSimpleName() + ", got " + shortly(node));
			}
			Class<?> component = type.getComponentType();
			Object array = Array.newInstance(component, node.size());
			for (int i = 0; i < node.size(); i++) {
				Array.set(array, i, convert(node.get(i), component, at + "[" + i + "]"));
			}
			return array;
		}
		throw problem(at, "unsupported type " + type.getSimpleName());
	}

	private static long integral(JsonNode node, long min, long max, String name, String at) {
		if (!node.isIntegralNumber() || !node.canConvertToLong()) {
			throw problem(at, "expected an integer (" + name + "), got " + shortly(node));
		}
		long value = node.longValue();
		if (value < min || value > max) {
			throw problem(at, value + " does not fit in " + name);
		}
		return value;
	}

	private static double real(JsonNode node, String at) {
		if (node.isNumber()) {
			return node.doubleValue();
		}
		if (node.isString()) {
			switch (node.stringValue()) {
				case "NaN", ".nan", ".NaN", ".NAN":
					return Double.NaN;
				case "Infinity", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
					return Double.POSITIVE_INFINITY;
				case "-Infinity", "-.inf", "-.Inf", "-.INF":
					return Double.NEGATIVE_INFINITY;
				default:
					break;
			}
		}
		throw problem(at, "expected a number (double), got " + shortly(node));
	}

	private static String shortly(JsonNode node) {
		String text = node.toString();
		return (text.length() > 40) ? text.substring(0, 37) + "..." : text;
	}

	private static IllegalArgumentException problem(String at, String message) {
		return new IllegalArgumentException(at.isEmpty() ? message : at + ": " + message);
	}

}
