package com.mljudge.submissions.internal;

import java.util.ArrayList;
import java.util.List;

import com.mljudge.judge.Diagnostic;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.Verdict;
import com.mljudge.submissions.SubmissionJudged.TestScore;
import com.mljudge.judge.TestResult;
import com.mljudge.problems.CustomRuns;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A verdict's details as stored in the {@code result} jsonb column. Non-finite numbers
 * become the strings "NaN", "Infinity" and "-Infinity", since JSON has no spelling for
 * them.
 */
@Component
class ResultJson {

	private final JsonMapper json;

	ResultJson(JsonMapper json) {
		this.json = json;
	}

	/** The verdict of a test that never ran because an earlier test was killed. */
	static final String NOT_RUN = "NOT_RUN";

	/**
	 * Per-test outcome as stored and shown; {@code actual} is present for samples only,
	 * cut to size ({@code actualNote} then says how: "first 1000 values of 3000000").
	 * {@code weight} is null in rows stored before weights were kept, which counted every
	 * test once.
	 */
	record StoredTest(String name, boolean sample, Integer weight, String verdict, long timeMillis, String message,
			Object actual, String actualNote) {

		int weightOrOne() {
			return (this.weight != null) ? this.weight : 1;
		}

		/**
		 * Rows stored before NOT_RUN existed carry the killing verdict, 0 ms and the
		 * judge's own "not run".
		 */
		String shownVerdict() {
			boolean legacyNotRun = this.timeMillis == 0 && TestResult.NOT_RUN.equals(this.message)
					&& !Verdict.ACCEPTED.name().equals(this.verdict)
					&& !Verdict.WRONG_ANSWER.name().equals(this.verdict);
			return legacyNotRun ? NOT_RUN : this.verdict;
		}

	}

	/** {@code custom} is present for runs on typed input only. */
	record StoredResult(List<StoredTest> tests, List<Diagnostic> diagnostics, String stdout, StoredCustom custom) {

		static final StoredResult EMPTY = new StoredResult(List.of(), List.of(), "", null);

		long timeMillis() {
			return this.tests.stream().mapToLong(StoredTest::timeMillis).sum();
		}

		List<TestScore> scores() {
			return this.tests.stream()
				.map((t) -> new TestScore(t.name(), t.sample(), t.weightOrOne(), t.shownVerdict(),
						Verdict.ACCEPTED.name().equals(t.verdict())))
				.toList();
		}

	}

	/**
	 * A custom run's reference side: its output, whether the checker compared, why the
	 * reference failed.
	 */
	record StoredCustom(Object expected, boolean compared, String referenceFailure, String expectedNote) {
	}

	/** The JSON for the jsonb column: a NUL from user code is stored as U+FFFD. */
	String write(StoredResult result) {
		return StoredText.jsonb(this.json.writeValueAsString(result));
	}

	/** A verdict in the form it is stored (and published) in. */
	StoredResult stored(JudgeResult result, CustomRuns.CustomRun custom) {
		List<StoredTest> tests = new ArrayList<>();
		for (TestResult test : result.tests()) {
			ShownValue actual = test.sample() ? ShownValue.of(test.actual()) : null;
			String verdict = test.ran() ? CustomVerdicts.of(test.verdict(), custom) : NOT_RUN;
			tests.add(new StoredTest(test.name(), test.sample(), test.weight(), verdict, test.timeMillis(),
					test.message(), (actual != null) ? actual.json() : null, (actual != null) ? actual.note() : null));
		}
		StoredCustom stored = null;
		if (custom != null) {
			ShownValue expected = ShownValue.of(custom.expected());
			stored = new StoredCustom(expected.json(), custom.compared(), custom.referenceFailure(), expected.note());
		}
		return new StoredResult(tests, result.diagnostics(), (result.stdout() != null) ? result.stdout() : "", stored);
	}

	/** Stored JSON text (a custom run's input) as plain lists, numbers and strings. */
	Object value(String stored) {
		return this.json.readValue(stored, Object.class);
	}

	StoredResult read(String stored) {
		if (stored == null) {
			return StoredResult.EMPTY;
		}
		return this.json.readValue(stored, new TypeReference<StoredResult>() {
		});
	}

}
