package com.mljudge.judge;

/**
 * The verdict of a whole submission or of one test.
 */
public enum Verdict {

	ACCEPTED, WRONG_ANSWER, TIME_LIMIT_EXCEEDED, MEMORY_LIMIT_EXCEEDED, OUTPUT_LIMIT_EXCEEDED, RUNTIME_ERROR,
	COMPILE_ERROR, REJECTED, INTERNAL_ERROR

}
