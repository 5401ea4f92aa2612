package com.mljudge.interviews.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.mljudge.problembank.Kind;

/**
 * One planned item of an interview and what happened on it: the candidate's latest code
 * and its language ({@code java} or {@code python}) or answer, the hints released, the
 * interviewers' private notes and rubric scores.
 */
record Item(long id, long interviewId, int position, String problem, Kind kind, int minutes, Instant startedAt,
		Instant endedAt, String code, String language, String answer, int hintsReleased, String notes,
		Map<String, Score> scores) {

	Item {
		scores = Map.copyOf(scores);
	}

	/** A score from 1 to 4 on one rubric dimension, with the interviewer's reason. */
	record Score(int score, String note) {
	}

	public boolean coding() {
		return this.kind == Kind.CODING;
	}

	/** What the candidate wrote: code for a coding item, the answer otherwise. */
	public String work() {
		return coding() ? this.code : this.answer;
	}

	/** Seconds spent on the item so far (or in all, once it was left). */
	long usedSeconds(Instant now) {
		if (this.startedAt == null) {
			return 0;
		}
		Instant end = (this.endedAt != null) ? this.endedAt : now;
		return Math.max(0, Duration.between(this.startedAt, end).toSeconds());
	}

	static Kind kind(String yamlName) {
		for (Kind kind : Kind.values()) {
			if (kind.yamlName().equals(yamlName)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("no item kind " + yamlName);
	}

}
