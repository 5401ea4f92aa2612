package com.mljudge.problembank;

import java.util.List;

/**
 * One validated problem folder. Exactly one of {@code coding} (kind coding) and
 * {@code conceptual} (every other kind) is non-null. {@code explanation} is
 * explanation.md (coding; optional otherwise).
 */
public record Problem(String slug, Kind kind, String title, Difficulty difficulty, List<String> topics, String source,
		String statement, String explanation, List<String> hints, CodingPart coding, ConceptualPart conceptual) {

	public Problem {
		topics = List.copyOf(topics);
		hints = List.copyOf(hints);
	}

	public boolean isCoding() {
		return this.kind == Kind.CODING;
	}

}
