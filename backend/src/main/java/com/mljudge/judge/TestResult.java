package com.mljudge.judge;

/**
 * The outcome of one test, with the test's weight in the score. {@code actual} is only
 * filled for sample tests so hidden tests stay hidden.
 */
public record TestResult(String name, boolean sample, int weight, Verdict verdict, long timeMillis, String message,
		Object actual) {
}
