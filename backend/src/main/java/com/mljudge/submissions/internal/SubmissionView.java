package com.mljudge.submissions.internal;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.mljudge.judge.Language;

/**
 * A submission as its owner sees it: status, verdict, per-test outcomes (hidden tests
 * without data); a custom run also carries its input (and, once judged, the reference's
 * side). {@code problemVersion} is the published version of the problem it was last
 * judged on (a rejudge moves it), null for the problem bank's own. {@code language} is
 * {@code java} or {@code python}.
 */
record SubmissionView(long id, String problem, String mode, String status, String verdict, Integer score,
		String compiler, List<Test> tests, List<DiagnosticView> diagnostics, String stdout, Instant createdAt,
		@JsonIgnore String source, Custom custom, Integer problemVersion, String language) {

	/**
	 * {@code timeMillis} is null for a test that never ran (verdict NOT_RUN);
	 * {@code actualNote} says how a long returned value was cut ("first 1000 values of
	 * 3000000").
	 */
	record Test(String name, boolean sample, String verdict, Long timeMillis, String message, Object actual,
			String actualNote) {

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
	record Custom(Object input, Object expected, boolean compared, String referenceFailure, String expectedNote) {
	}

	public long passed() {
		return this.tests.stream().filter((t) -> "ACCEPTED".equals(t.verdict())).count();
	}

	/** The time of all its tests together, as the history lists it. */
	public long timeMillis() {
		return this.tests.stream().filter((t) -> t.timeMillis() != null).mapToLong(Test::timeMillis).sum();
	}

	/** Java or Python, as pages show it. */
	public String languageLabel() {
		return Language.of(this.language).map(Language::label).orElse(this.language);
	}

	public boolean done() {
		return "DONE".equals(this.status);
	}

}
