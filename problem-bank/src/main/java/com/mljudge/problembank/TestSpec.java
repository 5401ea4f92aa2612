package com.mljudge.problembank;

import java.util.List;
import java.util.function.Supplier;

import com.mljudge.problembank.data.GeneratedTest;

/**
 * One test of a coding problem, with its arguments converted to the signature's Java
 * types. {@code truth} is the held-out answer for metric checkers, else null;
 * {@code generators} is empty for literal tests, one whole-test generator, or one
 * generator per generated argument.
 *
 * <p>
 * A class rather than a record because generated tests are large (up to millions of
 * values) and the bank lives as long as the application: their data are made once at load
 * time (so a broken generator fails the load), then kept by {@link GeneratedTests} within
 * its budget and re-made from the seed, identically, once it dropped them. The arrays
 * returned are shared: copy them before handing them to untrusted code.
 */
public final class TestSpec {

	private final String name;

	private final boolean sample;

	private final int weight;

	private final Object[] literalArgs;

	private final Object literalTruth;

	private final List<GeneratorSpec> generators;

	private final Supplier<GeneratedTest> regenerate;

	private TestSpec(String name, boolean sample, int weight, Object[] literalArgs, Object literalTruth,
			List<GeneratorSpec> generators, GeneratedTest first, Supplier<GeneratedTest> regenerate) {
		this.name = name;
		this.sample = sample;
		this.weight = weight;
		this.literalArgs = literalArgs;
		this.literalTruth = literalTruth;
		this.generators = List.copyOf(generators);
		this.regenerate = regenerate;
		if (first != null) {
			GeneratedTests.SHARED.keep(this, first);
		}
	}

	static TestSpec literal(String name, boolean sample, int weight, Object[] args, Object truth) {
		return new TestSpec(name, sample, weight, args, truth, List.of(), null, null);
	}

	static TestSpec generated(String name, boolean sample, int weight, List<GeneratorSpec> generators,
			GeneratedTest first, Supplier<GeneratedTest> regenerate) {
		return new TestSpec(name, sample, weight, null, null, generators, first, regenerate);
	}

	public String name() {
		return this.name;
	}

	public boolean sample() {
		return this.sample;
	}

	public int weight() {
		return this.weight;
	}

	/**
	 * One value per parameter of the entry signature, already of the parameter's type.
	 */
	public Object[] args() {
		return generated() ? data().args() : this.literalArgs;
	}

	public Object truth() {
		return generated() ? data().truth() : this.literalTruth;
	}

	public List<GeneratorSpec> generators() {
		return this.generators;
	}

	public boolean generated() {
		return !this.generators.isEmpty();
	}

	private GeneratedTest data() {
		return GeneratedTests.SHARED.get(this, this.regenerate);
	}

	@Override
	public String toString() {
		return "TestSpec[" + this.name + (this.sample ? ", sample" : "") + ", weight " + this.weight
				+ (generated() ? ", " + this.generators : "") + "]";
	}

}
