package com.mljudge.judge;

/**
 * One test: arguments already converted to Java values ({@code int}, {@code double[][]},
 * {@code String[]} ...). {@code truth} is optional held-out ground truth for metric
 * checkers.
 */
public record TestCase(String name, boolean sample, int weight, Object[] args, Object truth) {

	public TestCase {
		if (weight < 0) {
			throw new IllegalArgumentException("weight must not be negative: " + weight);
		}
	}

}
