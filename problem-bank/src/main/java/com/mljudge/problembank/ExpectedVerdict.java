package com.mljudge.problembank;

/**
 * The verdict a known-wrong solution must get. Names match the judge's {@code Verdict}
 * enum so the backend can map with {@code Verdict.valueOf(expected.name())}; ACCEPTED and
 * INTERNAL_ERROR are left out because a wrong solution can never legitimately expect
 * them.
 */
public enum ExpectedVerdict {

	WRONG_ANSWER, TIME_LIMIT_EXCEEDED, MEMORY_LIMIT_EXCEEDED, OUTPUT_LIMIT_EXCEEDED, RUNTIME_ERROR, COMPILE_ERROR,
	REJECTED

}
