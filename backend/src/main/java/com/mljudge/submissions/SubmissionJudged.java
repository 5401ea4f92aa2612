package com.mljudge.submissions;

import java.time.Instant;
import java.util.List;

/**
 * Published once per judged submission or run, and again after each rejudge
 * ({@code rejudge} true), in the transaction that stores the verdict. {@code timeMillis}
 * is the sum of the tests' run times; {@code tests} lists every test's weight and outcome
 * (hidden ones included, never their data).
 */
public record SubmissionJudged(long id, String username, String problem, Mode mode, String verdict, int score,
		String compiler, long timeMillis, Instant submittedAt, Instant judgedAt, List<TestScore> tests,
		boolean rejudge) {

	public SubmissionJudged {
		tests = List.copyOf(tests);
	}

	/** A submission is judged on every test and counts; a run only tries the samples. */
	public enum Mode {

		SUBMIT, RUN

	}

	/** One test's outcome as boards need it: its weight and whether it passed. */
	public record TestScore(String name, boolean sample, int weight, String verdict, boolean passed) {
	}

}
