package com.mljudge.submissions.internal;

import java.util.ArrayList;
import java.util.List;

import com.mljudge.judge.Diagnostic;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.Verdict;
import com.mljudge.submissions.SubmissionJudged.TestScore;
import com.mljudge.judge.TestResult;
import com.mljudge.problems.CustomRuns;
import com.mljudge.web.JsonValues;
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

	/**
	 * Per-test outcome as stored and shown; {@code actual} is present for samples only.
	 * {@code weight} is null in rows stored before weights were kept, which counted every
	 * test once.
	 */
	record StoredTest(String name, boolean sample, Integer weight, String verdict, long timeMillis, String message,
			Object actual) {

		int weightOrOne() {
			return (this.weight != null) ? this.weight : 1;
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
				.map((t) -> new TestScore(t.name(), t.sample(), t.weightOrOne(), t.verdict(),
						Verdict.ACCEPTED.name().equals(t.verdict())))
				.toList();
		}

	}

	/**
	 * A custom run's reference side: its output, whether the checker compared, why the
	 * reference failed.
	 */
	record StoredCustom(Object expected, boolean compared, String referenceFailure) {
	}

	String write(StoredResult result) {
		return this.json.writeValueAsString(result);
	}

	/** A verdict in the form it is stored (and published) in. */
	StoredResult stored(JudgeResult result, CustomRuns.CustomRun custom) {
		List<StoredTest> tests = new ArrayList<>();
		for (TestResult test : result.tests()) {
			tests.add(
					new StoredTest(test.name(), test.sample(), test.weight(), CustomVerdicts.of(test.verdict(), custom),
							test.timeMillis(), test.message(), test.sample() ? JsonValues.of(test.actual()) : null));
		}
		StoredCustom stored = (custom != null)
				? new StoredCustom(JsonValues.of(custom.expected()), custom.compared(), custom.referenceFailure())
				: null;
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
