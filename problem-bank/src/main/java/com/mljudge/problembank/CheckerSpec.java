package com.mljudge.problembank;

import java.util.Map;

/**
 * The checker a coding problem asks for: a type (exact, tolerance, permutation, sign,
 * unordered, metric, gradient, custom) and its parameters, already validated (numbers are
 * {@code Double}, names are {@code String}). Hand both to the judge's
 * {@code Checkers.fromSpec(type, params)}.
 */
public record CheckerSpec(String type, Map<String, Object> params) {

	public CheckerSpec {
		params = Map.copyOf(params);
	}

	/** A numeric parameter, or the fallback when the problem leaves it out. */
	public double number(String name, double fallback) {
		Object value = this.params.get(name);
		return (value instanceof Number n) ? n.doubleValue() : fallback;
	}

}
