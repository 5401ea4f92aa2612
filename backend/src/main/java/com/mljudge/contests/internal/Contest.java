package com.mljudge.contests.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A contest as stored. The freeze starts {@code freezeMinutes} before the end (never
 * before the start) and lasts until the end, unless an admin lifted it earlier
 * ({@code unfrozenAt}).
 */
record Contest(long id, String slug, String title, String description, Instant startsAt, Instant endsAt,
		Scoring scoring, int freezeMinutes, int publicPercent, Instant unfrozenAt, List<String> problems) {

	/** Where a contest stands at a moment. */
	enum Phase {

		UPCOMING, RUNNING, ENDED

	}

	Contest {
		problems = List.copyOf(problems);
	}

	Phase phase(Instant now) {
		if (now.isBefore(this.startsAt)) {
			return Phase.UPCOMING;
		}
		return now.isBefore(this.endsAt) ? Phase.RUNNING : Phase.ENDED;
	}

	public boolean upcoming(Instant now) {
		return phase(now) == Phase.UPCOMING;
	}

	public boolean running(Instant now) {
		return phase(now) == Phase.RUNNING;
	}

	public boolean ended(Instant now) {
		return phase(now) == Phase.ENDED;
	}

	/**
	 * When the board freezes for contestants and the public; null for a contest without a
	 * freeze.
	 */
	public Instant freezesAt() {
		if (this.freezeMinutes <= 0) {
			return null;
		}
		Instant freeze = this.endsAt.minus(Duration.ofMinutes(this.freezeMinutes));
		return freeze.isBefore(this.startsAt) ? this.startsAt : freeze;
	}

	/** Whether contestants and the public see the frozen board at this moment. */
	public boolean frozen(Instant now) {
		Instant freeze = freezesAt();
		return freeze != null && this.unfrozenAt == null && !now.isBefore(freeze) && now.isBefore(this.endsAt);
	}

	public long durationMinutes() {
		return Duration.between(this.startsAt, this.endsAt).toMinutes();
	}

	/** Whether a submission made at this moment counts. */
	boolean inWindow(Instant submittedAt) {
		return !submittedAt.isBefore(this.startsAt) && submittedAt.isBefore(this.endsAt);
	}

	/**
	 * The board's column letter of the problem at this index: A, B, ... Z, then AA, AB
	 * ...
	 */
	static String label(int index) {
		String letter = String.valueOf((char) ('A' + index % 26));
		return (index < 26) ? letter : label(index / 26 - 1) + letter;
	}

}
