package com.mljudge.practice.internal;

import java.util.Arrays;
import java.util.List;

import com.mljudge.problembank.Kind;

/** The kinds practice shows, spelled as in the bank's YAML for URLs. */
final class PracticeKinds {

	static final List<Kind> PRACTICE = List.of(Kind.CONCEPTUAL, Kind.CASE_STUDY, Kind.SYSTEM_DESIGN);

	private PracticeKinds() {
	}

	/**
	 * @throws IllegalArgumentException for a kind practice does not have
	 */
	static Kind parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return PRACTICE.stream()
			.filter((k) -> k.yamlName().equals(text))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown kind '" + text + "': expected one of "
					+ Arrays.toString(PRACTICE.stream().map(Kind::yamlName).toArray())));
	}

}
