package com.mljudge.problembank.data;

/**
 * The arguments a test generator made, and the held-out truth for metric checkers (or
 * null).
 */
public record GeneratedTest(Object[] args, Object truth) {

	public static GeneratedTest of(Object... args) {
		return new GeneratedTest(args, null);
	}

}
