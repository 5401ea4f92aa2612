package com.mljudge.contests.internal;

import java.time.Instant;
import java.util.List;

/** A judged submission of a registered contestant to one of the contest's problems. */
record Entry(long submissionId, String username, String problem, String verdict, int score, List<TestOutcome> tests,
		Instant submittedAt) {

	Entry {
		tests = List.copyOf(tests);
	}

	boolean accepted() {
		return "ACCEPTED".equals(this.verdict);
	}

	/**
	 * Compile errors are free, as in DOMjudge's default; an internal error is the judge's
	 * fault, not the contestant's.
	 */
	boolean countsAsTry() {
		return !"COMPILE_ERROR".equals(this.verdict) && !"INTERNAL_ERROR".equals(this.verdict);
	}

}
