package com.mljudge.problembank.data;

/**
 * Makes the arguments of one test from a seed; must be a pure function of (seed, params).
 */
@FunctionalInterface
public interface TestGenerator {

	GeneratedTest generate(long seed, GeneratorParams params);

}
