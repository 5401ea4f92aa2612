package com.mljudge.submissions.internal;

import java.util.ArrayList;
import java.util.List;

import com.mljudge.judge.Diagnostic;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.Verdict;
import com.mljudge.submissions.SubmissionJudged.TestScore;
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

	/**
	 * Per-test outcome as stored and shown; {@code actual} is present for samples only. {@code weight} is null in
	 * rows stored before weights were kept, which counted every test once.
	 */
	record StoredTest(String name, boolean sample, Integer weight, String verdict, long timeMillis, String message,
			Object actual) {

		int weightOrOne() {
			return (this.weight != null) ? this.weight : 1;
		}

	}

	record StoredResult(List<StoredTest> tests, List<Diagnostic> diagnostics, String stdout) {

		static final StoredResult EMPTY = new StoredResult(List.of(), List.of(), "");

		long timeMillis() {
			return this.tests.stream().mapToLong(StoredTest::timeMillis).sum();
		}

		List<TestScore> scores() {
			return this.tests.stream()
				.map((t) -> new TestScore(t.name(), t.sample(), t.weightOrOne(), t.verdict(),
						Verdict.ACCEPTED.name().equals(t.verdict())))
				.toList();
		}

	}

	String write(JudgeResult result) {
		List<StoredTest> tests = new ArrayList<>();
		for (TestResult test : result.tests()) {
			tests.add(new StoredTest(test.name(), test.sample(), test.weight(), test.verdict().name(), test.timeMillis(),
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
