package com.mljudge.interviews.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One interview row with its interviewers. Times are the server's. */
record Interview(long id, String title, Long teamId, String createdBy, String candidate, String inviteCode,
		boolean solo, Instant startsAt, int durationMinutes, State state, Instant startedAt, Instant deadline,
		Instant endedAt, int currentPosition, Rubric rubric, Recommendation recommendation, String summary,
		Instant sharedAt, List<String> interviewers) {

	Interview {
		interviewers = List.copyOf(interviewers);
	}

	enum State {

		PLANNED, LIVE, ENDED

	}

	/** The overall verdict of a report. */
	enum Recommendation {

		STRONG_NO("Strong no"), NO("No"), YES("Yes"), STRONG_YES("Strong yes");

		private final String label;

		Recommendation(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** Live and still inside its time: the candidate may type, run and submit. */
	boolean running(Instant now) {
		return this.state == State.LIVE && now.isBefore(this.deadline);
	}

	/**
	 * Live but its deadline passed: it ends at the deadline the next time anyone looks.
	 */
	boolean overdue(Instant now) {
		return this.state == State.LIVE && !now.isBefore(this.deadline);
	}

	long remainingSeconds(Instant now) {
		return switch (this.state) {
			case PLANNED -> this.durationMinutes * 60L;
			case LIVE -> Math.max(0, Duration.between(now, this.deadline).toSeconds());
			case ENDED -> 0;
		};
	}

	boolean shared() {
		return this.sharedAt != null;
	}

	boolean hasInterviewer(String username) {
		return username != null && this.interviewers.stream().anyMatch((u) -> u.equalsIgnoreCase(username));
	}

	boolean hasCandidate(String username) {
		return username != null && this.candidate != null && this.candidate.equalsIgnoreCase(username);
	}

}
