package com.mljudge.problembank;

import java.util.Map;

/** A seeded generator reference from a test: the same name, seed and params always give the same data. */
public record GeneratorSpec(String name, long seed, Map<String, Object> params) {

	public GeneratorSpec {
		params = Map.copyOf(params);
	}

}
