package com.mljudge.submissions.internal;

import java.util.ArrayList;
import java.util.List;

import com.mljudge.judge.Diagnostic;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.TestResult;
import com.mljudge.web.JsonValues;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A verdict's details as stored in the {@code result} jsonb column. Non-finite numbers become the strings
 * "NaN", "Infinity" and "-Infinity", since JSON has no spelling for them.
 */
@Component
class ResultJson {

	private final JsonMapper json;

	ResultJson(JsonMapper json) {
		this.json = json;
	}

	/** Per-test outcome as stored and shown; {@code actual} is present for samples only. */
	record StoredTest(String name, boolean sample, String verdict, long timeMillis, String message, Object actual) {
	}

	record StoredResult(List<StoredTest> tests, List<Diagnostic> diagnostics, String stdout) {

		static final StoredResult EMPTY = new StoredResult(List.of(), List.of(), "");

	}

	String write(JudgeResult result) {
		List<StoredTest> tests = new ArrayList<>();
		for (TestResult test : result.tests()) {
			tests.add(new StoredTest(test.name(), test.sample(), test.verdict().name(), test.timeMillis(),
					test.message(), test.sample() ? JsonValues.of(test.actual()) : null));
		}
		return this.json.writeValueAsString(new StoredResult(tests, result.diagnostics(),
				(result.stdout() != null) ? result.stdout() : ""));
	}

	StoredResult read(String stored) {
		if (stored == null) {
			return StoredResult.EMPTY;
		}
		return this.json.readValue(stored, new TypeReference<StoredResult>() {
		});
	}

}
