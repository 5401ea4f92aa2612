package com.mljudge.problembank.data;

/**
 * Makes the value of one argument from a seed; must be a pure function of (seed, params).
 */
@FunctionalInterface
public interface ArgumentGenerator {

	Object generate(long seed, GeneratorParams params);

}
