package com.mljudge.submissions.internal;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A submission as its owner sees it: status, verdict, per-test outcomes (hidden tests
 * without data); a custom run also carries its input (and, once judged, the reference's
 * side). {@code problemVersion} is the published version of the problem it was last
 * judged on (a rejudge moves it), null for the problem bank's own.
 */
record SubmissionView(long id, String problem, String mode, String status, String verdict, Integer score,
		String compiler, List<Test> tests, List<DiagnosticView> diagnostics, String stdout, Instant createdAt,
		@JsonIgnore String source, Custom custom, Integer problemVersion) {

	record Test(String name, boolean sample, String verdict, long timeMillis, String message, Object actual) {

		/**
		 * The exception, message and user frames of a runtime error, for the page; null
		 * otherwise.
		 */
		public RuntimeErrorReport error() {
			return "RUNTIME_ERROR".equals(this.verdict) ? RuntimeErrorReport.parse(this.message) : null;
		}

	}

	record DiagnosticView(int line, int column, String message) {
	}

	/**
	 * A run on typed input: the input, the reference's output on it, whether the checker
	 * compared the two, and why the reference could not run, if it could not.
	 */
	record Custom(Object input, Object expected, boolean compared, String referenceFailure) {
	}

	public long passed() {
		return this.tests.stream().filter((t) -> "ACCEPTED".equals(t.verdict())).count();
	}

	/** The time of all its tests together, as the history lists it. */
	public long timeMillis() {
		return this.tests.stream().mapToLong(Test::timeMillis).sum();
	}

	public boolean done() {
		return "DONE".equals(this.status);
	}

}
