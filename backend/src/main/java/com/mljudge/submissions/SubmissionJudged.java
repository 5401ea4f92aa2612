package com.mljudge.submissions;

/** Published once per submission or run, in the transaction that stores its verdict. */
public record SubmissionJudged(long id, String username, String problem, Mode mode, String verdict, int score) {

	/** A submission is judged on every test and counts; a run only tries the samples. */
	public enum Mode {

		SUBMIT, RUN

	}

}
