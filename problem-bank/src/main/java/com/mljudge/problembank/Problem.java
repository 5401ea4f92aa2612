package com.mljudge.problembank;

import java.util.List;

/**
 * One validated problem folder. Exactly one of {@code coding} (a kind whose part is
 * {@link Kind.Part#CODE}) and {@code conceptual} ({@link Kind.Part#ANSWER}) is non-null.
 * {@code explanation} is explanation.md (required with code; optional otherwise).
 */
public record Problem(String slug, Kind kind, String title, Difficulty difficulty, List<String> topics, String source,
		String statement, String explanation, List<String> hints, CodingPart coding, ConceptualPart conceptual) {

	public Problem {
		topics = List.copyOf(topics);
		hints = List.copyOf(hints);
	}

	/** Whether it is judged code (its kind's part is {@link Kind.Part#CODE}). */
	public boolean isCoding() {
		return this.kind.isJudged();
	}

}
