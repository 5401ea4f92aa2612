package com.mljudge.practice.internal;

import java.util.Arrays;
import java.util.List;

import com.mljudge.problembank.Kind;
import com.mljudge.refusals.Refusal;

/**
 * The kinds practice shows, spelled as in the bank's YAML for URLs: those answered in
 * words ({@link Kind.Part#ANSWER}); judged code has its own pages.
 */
final class PracticeKinds {

	static final List<Kind> PRACTICE = Arrays.stream(Kind.values())
		.filter((k) -> k.part() == Kind.Part.ANSWER)
		.toList();

	private PracticeKinds() {
	}

	/**
	 * @throws Refusal for a kind practice does not have
	 */
	static Kind parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return PRACTICE.stream()
			.filter((k) -> k.yamlName().equals(text))
			.findFirst()
			.orElseThrow(() -> Refusal.invalid("Unknown kind", "Unknown kind '" + text + "': expected one of "
					+ Arrays.toString(PRACTICE.stream().map(Kind::yamlName).toArray())));
	}

}
