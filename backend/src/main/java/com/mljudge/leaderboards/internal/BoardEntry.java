package com.mljudge.leaderboards.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * What one user achieved on one problem: the first accepted submission (which earns the
 * points) and the best judged submission by score, then run time, then time. Folding in a
 * submission is order-independent and idempotent, so an event delivered twice or late
 * changes nothing.
 */
record BoardEntry(Instant solvedAt, Long solveSubmission, Long solveMillis, int points, int bestScore, Long bestMillis,
		Instant bestAt, Long bestSubmission) {

	static final BoardEntry NONE = new BoardEntry(null, null, null, 0, 0, null, null, null);

	/** One judged submission as the board needs it. */
	record Judged(long id, String verdict, int score, long timeMillis, Instant submittedAt) {

		boolean accepted() {
			return "ACCEPTED".equals(this.verdict);
		}

	}

	private static final Comparator<Judged> FIRST = Comparator.comparing(Judged::submittedAt)
		.thenComparingLong(Judged::id);

	private static final Comparator<Judged> BEST = Comparator.comparingInt(Judged::score)
		.reversed()
		.thenComparingLong(Judged::timeMillis)
		.thenComparing(FIRST);

	boolean solved() {
		return this.solvedAt != null;
	}

	BoardEntry with(Judged judged, int pointsForASolve) {
		BoardEntry entry = this;
		if (judged.accepted() && (!solved() || FIRST.compare(judged, solve()) < 0)) {
			entry = new BoardEntry(judged.submittedAt(), judged.id(), judged.timeMillis(), pointsForASolve,
					this.bestScore, this.bestMillis, this.bestAt, this.bestSubmission);
		}
		if (this.bestSubmission == null || BEST.compare(judged, best()) < 0) {
			entry = new BoardEntry(entry.solvedAt, entry.solveSubmission, entry.solveMillis, entry.points,
					judged.score(), judged.timeMillis(), judged.submittedAt(), judged.id());
		}
		return entry;
	}

	/**
	 * Whether the points, or when they were earned, differ: only then do the user's
	 * totals move.
	 */
	boolean solveDiffers(BoardEntry other) {
		return this.points != other.points || !Objects.equals(this.solvedAt, other.solvedAt);
	}

	private Judged solve() {
		return new Judged(this.solveSubmission, "ACCEPTED", 0, this.solveMillis, this.solvedAt);
	}

	private Judged best() {
		return new Judged(this.bestSubmission, "", this.bestScore, this.bestMillis, this.bestAt);
	}

}
