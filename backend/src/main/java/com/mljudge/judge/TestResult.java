package com.mljudge.judge;

/**
 * The outcome of one test. {@code actual} is only filled for sample tests so hidden tests stay
 * hidden.
 */
public record TestResult(String name, boolean sample, Verdict verdict, long timeMillis, String message,
		Object actual) {
}
