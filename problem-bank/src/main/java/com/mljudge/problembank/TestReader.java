package com.mljudge.problembank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.mljudge.problembank.data.GeneratedTest;
import com.mljudge.problembank.data.GeneratorParams;
import com.mljudge.problembank.data.TestGenerator;
import com.mljudge.problembank.data.TestGenerators;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code tests:}: literal args converted to the signature's types, or seeded
 * generators (one for the whole test, or one per generated argument) run now so that a
 * broken generator fails the load, not a submission.
 */
final class TestReader {

	static final int MIN_HIDDEN = 8;

	private static final Pattern TEST_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

	private final Fields fields;

	private final Signature signature;

	private final CheckerSpec checker;

	TestReader(Fields fields, Signature signature, CheckerSpec checker) {
		this.fields = fields;
		this.signature = signature;
		this.checker = checker;
	}

	List<TestSpec> read() {
		List<TestSpec> tests = new ArrayList<>();
		JsonNode list = this.fields.required("tests");
		if (list == null) {
			return tests;
		}
		if (!list.isArray()) {
			this.fields.error("tests", "expected a list of tests");
			return tests;
		}
		Set<String> names = new HashSet<>();
		int samples = 0;
		int hidden = 0;
		int generated = 0;
		for (int i = 0; i < list.size(); i++) {
			String path = "tests[" + i + "]";
			if (!list.get(i).isObject()) {
				this.fields.error(path, "expected a mapping with name and args or generator");
				continue;
			}
			Fields test = this.fields.nested(list.get(i), path,
					Set.of("name", "sample", "weight", "args", "truth", "generator"));
			String name = test.text("name", true);
			if (name != null && !TEST_NAME.matcher(name).matches()) {
				test.error("name", "use letters, digits, '-', '_' or '.', got '" + name + "'");
			}
			else if (name != null && !names.add(name)) {
				test.error("name", "'" + name + "' is used by an earlier test");
			}
			boolean sample = test.bool("sample", false);
			Long weight = test.integer("weight", false, 1);
			TestSpec spec = (test.has("generator") == test.has("args")) ? neither(test)
					: test.has("args") ? literal(test, name, sample, weight) : generated(test, name, sample, weight);
			if (spec != null) {
				tests.add(spec);
				samples += sample ? 1 : 0;
				hidden += sample ? 0 : 1;
				generated += spec.generated() ? 1 : 0;
			}
		}
		if (this.signature != null && tests.size() == list.size()) {
			if (samples == 0) {
				this.fields.error("tests", "needs at least one sample test (sample: true)");
			}
			if (hidden < MIN_HIDDEN) {
				this.fields.error("tests", "needs at least " + MIN_HIDDEN + " hidden tests, got " + hidden);
			}
			// With only scalar parameters (e.g. a size and a seed) a literal test is
			// already as large as wanted.
			boolean onlyScalars = this.signature.parameterTypes().stream().allMatch(Class::isPrimitive);
			if (generated == 0 && !onlyScalars) {
				this.fields.error("tests",
						"needs at least one large generated test (generator:, or {gen: ...} in args)");
			}
		}
		return tests;
	}

	private TestSpec neither(Fields test) {
		test.error("args", "give exactly one of args and generator");
		return null;
	}

	private TestSpec literal(Fields test, String name, boolean sample, Long weight) {
		JsonNode args = test.raw("args");
		if (this.signature == null) {
			return null;
		}
		int expected = this.signature.parameterTypes().size();
		if (!args.isArray() || args.size() != expected) {
			test.error("args", "expected " + expected + " values for " + this.signature.describeParameters() + ", got "
					+ (args.isArray() ? args.size() : "a single " + args.getNodeType()));
			return null;
		}
		Object[] values = new Object[expected];
		List<GeneratorSpec> generators = new ArrayList<>();
		boolean ok = true;
		for (int i = 0; i < expected; i++) {
			String at = "args[" + i + "]";
			String parameter = "(" + this.signature.parameterNames().get(i) + ") ";
			try {
				if (args.get(i).isObject()) {
					GeneratorSpec spec = GeneratedArgument.spec(args.get(i), i);
					values[i] = GeneratedArgument.make(spec, this.signature);
					generators.add(spec);
				}
				else {
					values[i] = ArgumentConverter.convert(args.get(i), this.signature.parameterTypes().get(i));
				}
			}
			catch (IllegalArgumentException ex) {
				test.error(at, parameter + ex.getMessage());
				ok = false;
			}
		}
		Object truth = truth(test, test.raw("truth"));
		if (!ok || name == null || weight == null && test.has("weight")) {
			return null;
		}
		int testWeight = (weight == null) ? 1 : weight.intValue();
		if (generators.isEmpty()) {
			return TestSpec.literal(name, sample, testWeight, values, truth);
		}
		// The literal values are kept; only the generated ones are dropped and re-made
		// from their seeds.
		Object[] literals = values.clone();
		generators.forEach((spec) -> literals[spec.argument()] = null);
		return TestSpec.generated(name, sample, testWeight, generators, new GeneratedTest(values, truth), () -> {
			Object[] again = literals.clone();
			generators.forEach((spec) -> again[spec.argument()] = GeneratedArgument.make(spec, this.signature));
			return new GeneratedTest(again, truth);
		});
	}

	private TestSpec generated(Fields test, String name, boolean sample, Long weight) {
		Fields spec = test.object("generator", true, Set.of("name", "seed", "params"));
		if (spec == null) {
			return null;
		}
		String generatorName = spec.text("name", true);
		Long seed = spec.integer("seed", true, Long.MIN_VALUE);
		Map<String, Object> params = spec.scalars("params");
		if (test.has("truth")) {
			test.error("truth", "a generated test gets its truth from the generator");
		}
		TestGenerator generator = (generatorName == null) ? null : TestGenerators.find(generatorName).orElse(null);
		if (generatorName != null && generator == null) {
			spec.error("name", "unknown generator '" + generatorName + "' (known: "
					+ String.join(", ", TestGenerators.names()) + ")");
		}
		if (generator == null || seed == null || this.signature == null || name == null) {
			return null;
		}
		GeneratorParams values = new GeneratorParams(params);
		GeneratedTest made;
		try {
			made = generator.generate(seed, values);
		}
		catch (IllegalArgumentException ex) {
			spec.error("params", ex.getMessage());
			return null;
		}
		if (!values.unread().isEmpty()) {
			spec.error("params", "unknown parameters " + values.unread() + " for generator '" + generatorName + "'");
			return null;
		}
		if (!fits(made.args())) {
			spec.error("name", "generator '" + generatorName + "' does not make arguments for "
					+ this.signature.describeParameters());
			return null;
		}
		long seedValue = seed;
		return TestSpec.generated(name, sample, (weight == null) ? 1 : weight.intValue(),
				List.of(new GeneratorSpec(generatorName, seed, params, GeneratorSpec.WHOLE_TEST)), made,
				() -> generator.generate(seedValue, new GeneratorParams(params)));
	}

	private Object truth(Fields test, JsonNode node) {
		boolean metric = this.checker != null && this.checker.type().equals("metric");
		if (node == null || node.isNull()) {
			if (metric) {
				test.error("truth", "is required by the metric checker");
			}
			return null;
		}
		if (!metric) {
			test.error("truth", "only metric checkers use truth");
			return null;
		}
		Class<?> type = "r2".equals(this.checker.params().get("metric")) ? double[].class : int[].class;
		try {
			return ArgumentConverter.convert(node, type);
		}
		catch (IllegalArgumentException ex) {
			test.error("truth", ex.getMessage());
			return null;
		}
	}

	private boolean fits(Object[] args) {
		List<Class<?>> types = this.signature.parameterTypes();
		if (args.length != types.size()) {
			return false;
		}
		for (int i = 0; i < args.length; i++) {
			if (args[i] == null || !box(types.get(i)).isInstance(args[i])) {
				return false;
			}
		}
		return true;
	}

	static Class<?> box(Class<?> type) {
		if (!type.isPrimitive()) {
			return type;
		}
		return Map
			.<Class<?>, Class<?>>of(int.class, Integer.class, long.class, Long.class, double.class, Double.class,
					boolean.class, Boolean.class, char.class, Character.class)
			.get(type);
	}

}
