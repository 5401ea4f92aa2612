package com.mljudge.submissions.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.mljudge.problems.CustomRuns;
import com.mljudge.problems.ProblemJudging;
import com.mljudge.web.JsonValues;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * What a sample test shows: the input, the reference's expected output, the user's
 * output, a short description of where they differ, and for problems on 2-D points the
 * data for a plot.
 */
@Component
class SampleDetails {

	/**
	 * {@code gotNote} and {@code expectedNote} say how a long output was cut ("first 1000
	 * values of 3000000"); a cut output has no difference or plot, the test's own message
	 * says whether it passed.
	 */
	record Detail(String input, String expected, String got, String difference, String plotJson, String gotNote,
			String expectedNote) {
	}

	private final ProblemJudging judging;

	private final CustomRuns customRuns;

	private final JsonMapper json;

	SampleDetails(ProblemJudging judging, CustomRuns customRuns, JsonMapper json) {
		this.judging = judging;
		this.customRuns = customRuns;
		this.json = json;
	}

	Map<String, Detail> of(SubmissionView submission) {
		Map<String, Detail> details = new LinkedHashMap<>();
		if (!submission.done()) {
			return details;
		}
		if (submission.custom() != null) {
			custom(submission).ifPresent((detail) -> details.put(CustomRuns.TEST_NAME, detail));
			return details;
		}
		Map<String, Object> actuals = new LinkedHashMap<>();
		Map<String, String> notes = new LinkedHashMap<>();
		submission.tests().stream().filter(SubmissionView.Test::sample).forEach((t) -> {
			actuals.put(t.name(), t.actual());
			notes.put(t.name(), t.actualNote());
		});
		for (ProblemJudging.SampleCase sample : this.judging.samples(submission.problem())) {
			if (!actuals.containsKey(sample.name())) {
				continue;
			}
			Object input = JsonValues.of(sample.args());
			Object expected = JsonValues.of(sample.expected());
			Object got = actuals.get(sample.name());
			String note = notes.get(sample.name());
			Object plot = (note == null) ? Plots.of(submission.problem(), sample.args(), expected, got) : null;
			details.put(sample.name(),
					new Detail(this.json.writeValueAsString(input), this.json.writeValueAsString(expected),
							(got != null) ? this.json.writeValueAsString(got) : null,
							(note == null) ? difference(expected, got) : null,
							(plot != null) ? this.json.writeValueAsString(plot) : null, note, null));
		}
		return details;
	}

	/**
	 * The typed input's test: expected is absent when the reference could not run, and
	 * the difference is left out when the checker did not compare (it would read like a
	 * verdict).
	 */
	private Optional<Detail> custom(SubmissionView submission) {
		SubmissionView.Custom custom = submission.custom();
		Optional<SubmissionView.Test> test = submission.tests()
			.stream()
			.filter((t) -> CustomRuns.TEST_NAME.equals(t.name()))
			.findFirst();
		if (test.isEmpty()) {
			return Optional.empty();
		}
		String input = this.json.writeValueAsString(custom.input());
		Object got = test.get().actual();
		boolean cut = test.get().actualNote() != null || custom.expectedNote() != null;
		Object plot = null;
		if (custom.expected() != null && !cut) {
			try {
				plot = Plots.of(submission.problem(), this.customRuns.arguments(submission.problem(), input),
						custom.expected(), got);
			}
			catch (IllegalArgumentException ex) {
				// The problem's signature changed since this run: no plot, the rest still
				// shows.
			}
		}
		return Optional
			.of(new Detail(input, (custom.expected() != null) ? this.json.writeValueAsString(custom.expected()) : null,
					(got != null) ? this.json.writeValueAsString(got) : null,
					(custom.compared() && !cut) ? difference(custom.expected(), got) : null,
					(plot != null) ? this.json.writeValueAsString(plot) : null, test.get().actualNote(),
					custom.expectedNote()));
	}

	/**
	 * Where two outputs differ, in a few words; null when they are equal or the user
	 * returned nothing.
	 */
	static String difference(Object expected, Object got) {
		if (got == null || sameNumbers(expected, got)) {
			return null;
		}
		if (expected instanceof List<?> e && got instanceof List<?> g) {
			if (e.size() != g.size()) {
				return "expected " + e.size() + " values, got " + g.size();
			}
			List<String> places = new ArrayList<>();
			for (int i = 0; i < e.size() && places.size() < 3; i++) {
				if (!sameNumbers(e.get(i), g.get(i))) {
					places.add("[" + i + "]: expected " + e.get(i) + ", got " + g.get(i));
				}
			}
			return String.join("; ", places);
		}
		return "expected " + expected + ", got " + got;
	}

	private static boolean sameNumbers(Object a, Object b) {
		if (a instanceof Number x && b instanceof Number y) {
			return x.doubleValue() == y.doubleValue();
		}
		if (a instanceof List<?> x && b instanceof List<?> y) {
			if (x.size() != y.size()) {
				return false;
			}
			for (int i = 0; i < x.size(); i++) {
				if (!sameNumbers(x.get(i), y.get(i))) {
					return false;
				}
			}
			return true;
		}
		return Objects.equals(a, b);
	}

}
