package com.mljudge.judge;

/**
 * The outcome of one test, with the test's weight in the score. {@code actual} is only
 * filled for sample tests so hidden tests stay hidden.
 */
public record TestResult(String name, boolean sample, int weight, Verdict verdict, long timeMillis, String message,
		Object actual) {

	/** The message of a test left out because an earlier test was killed. */
	public static final String NOT_RUN = "not run";

	/**
	 * False for a test the judge never started (an earlier test was killed); it carries
	 * the killing verdict, which is what it counts as, but took no time.
	 */
	public boolean ran() {
		return !(NOT_RUN.equals(this.message) && this.timeMillis == 0 && this.verdict != Verdict.ACCEPTED
				&& this.verdict != Verdict.WRONG_ANSWER);
	}

}
