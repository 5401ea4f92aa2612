package com.mljudge.submissions.internal;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A submission as its owner sees it: status, verdict, per-test outcomes (hidden tests without data). */
record SubmissionView(long id, String problem, String mode, String status, String verdict, Integer score,
		String compiler, List<Test> tests, List<DiagnosticView> diagnostics, String stdout, Instant createdAt,
		@JsonIgnore String source) {

	record Test(String name, boolean sample, String verdict, long timeMillis, String message, Object actual) {
	}

	record DiagnosticView(int line, int column, String message) {
	}

	public long passed() {
		return this.tests.stream().filter((t) -> "ACCEPTED".equals(t.verdict())).count();
	}

	public boolean done() {
		return "DONE".equals(this.status);
	}

}
