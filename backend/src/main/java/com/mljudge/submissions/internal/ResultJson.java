package com.mljudge.submissions.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mljudge.judge.Diagnostic;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.TestResult;
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
					test.message(), test.sample() ? jsonSafe(test.actual()) : null));
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

	static Object jsonSafe(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Double d && !Double.isFinite(d)) {
			return d.toString();
		}
		if (value instanceof Float f && !Float.isFinite(f)) {
			return f.toString();
		}
		if (value.getClass().isArray()) {
			int length = Array.getLength(value);
			List<Object> items = new ArrayList<>(length);
			for (int i = 0; i < length; i++) {
				items.add(jsonSafe(Array.get(value, i)));
			}
			return items;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(String.valueOf(k), jsonSafe(v)));
			return copy;
		}
		return value;
	}

}
