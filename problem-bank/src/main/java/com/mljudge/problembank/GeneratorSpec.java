package com.mljudge.problembank;

import java.util.Map;

/**
 * A seeded generator reference from a test: the same name, seed and params always give
 * the same data. {@code argument} is the index of the one argument it makes ({@code args:
 * [{gen: ...}]}), or {@link #WHOLE_TEST} for a test-level {@code generator:} that makes
 * every argument.
 */
public record GeneratorSpec(String name, long seed, Map<String, Object> params, int argument) {

	public static final int WHOLE_TEST = -1;

	public GeneratorSpec {
		params = Map.copyOf(params);
	}

	public boolean wholeTest() {
		return this.argument == WHOLE_TEST;
	}

}
