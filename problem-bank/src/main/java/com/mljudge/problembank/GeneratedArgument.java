package com.mljudge.problembank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mljudge.problembank.data.ArgumentGenerator;
import com.mljudge.problembank.data.ArgumentGenerators;
import com.mljudge.problembank.data.GeneratorParams;
import tools.jackson.databind.JsonNode;

/**
 * One argument of a test written as {@code {gen: random-doubles, seed: 11, n: 400000,
 * ...}} instead of a literal: read into a {@link GeneratorSpec}, then made (again,
 * identically, whenever the soft reference to the test's data was cleared). Problems are
 * thrown as IllegalArgumentException for the caller to report against the argument.
 */
final class GeneratedArgument {

	private GeneratedArgument() {
	}

	/**
	 * {@code {gen: name, seed: n, <params>}} in place of argument {@code index}: every
	 * key besides gen and seed is a parameter (a number, string, boolean or list of
	 * strings).
	 */
	static GeneratorSpec spec(JsonNode node, int index) {
		JsonNode gen = node.get("gen");
		if (gen == null || !gen.isString()) {
			throw new IllegalArgumentException(
					"a mapping in args generates the argument: it needs 'gen: <name>' (one of "
							+ String.join(", ", ArgumentGenerators.names()) + ")");
		}
		if (ArgumentGenerators.find(gen.stringValue()).isEmpty()) {
			throw new IllegalArgumentException("gen: unknown argument generator '" + gen.stringValue() + "' (known: "
					+ String.join(", ", ArgumentGenerators.names()) + ")");
		}
		JsonNode seed = node.get("seed");
		if (seed == null || !seed.isIntegralNumber() || !seed.canConvertToLong()) {
			throw new IllegalArgumentException("seed: an integer is required, got " + seed);
		}
		Map<String, Object> params = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			if (!entry.getKey().equals("gen") && !entry.getKey().equals("seed")) {
				params.put(entry.getKey(), parameter(entry.getKey(), entry.getValue()));
			}
		}
		return new GeneratorSpec(gen.stringValue(), seed.longValue(), params, index);
	}

	private static Object parameter(String key, JsonNode value) {
		if (value.isNumber()) {
			return value.isIntegralNumber() ? (Object) value.longValue() : value.doubleValue();
		}
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isArray()) {
			List<String> texts = new ArrayList<>();
			for (JsonNode item : value) {
				if (!item.isString()) {
					throw new IllegalArgumentException(key + ": a list parameter holds strings only, got " + value);
				}
				texts.add(item.stringValue());
			}
			return texts;
		}
		throw new IllegalArgumentException(
				key + ": expected a number, string, boolean or list of strings, got " + value);
	}

	/**
	 * Runs an argument generator, checking its parameters and that it makes the
	 * parameter's type.
	 */
	static Object make(GeneratorSpec spec, Signature signature) {
		ArgumentGenerator generator = ArgumentGenerators.find(spec.name()).orElseThrow();
		GeneratorParams params = new GeneratorParams(spec.params());
		Object value = generator.generate(spec.seed(), params);
		if (!params.unread().isEmpty()) {
			throw new IllegalArgumentException(
					"unknown parameters " + params.unread() + " for argument generator '" + spec.name() + "'");
		}
		Class<?> type = signature.parameterTypes().get(spec.argument());
		if (!TestReader.box(type).isInstance(value)) {
			throw new IllegalArgumentException("argument generator '" + spec.name() + "' makes "
					+ value.getClass().getSimpleName() + ", not " + type.getSimpleName());
		}
		return value;
	}

}
