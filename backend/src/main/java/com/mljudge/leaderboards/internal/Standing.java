package com.mljudge.leaderboards.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One row of a points board: a user (or a team) at a rank. */
record Standing(long rank, String name, int points, int solved, Instant reachedAt) {

	/** One formatter for every row: a board page formats fifty times. */
	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String reachedAtText() {
		return (this.reachedAt != null) ? MINUTE.format(this.reachedAt) : "";
	}

	/** The rank cell's classes: a medal for the podium. */
	public String rankClass() {
		String medal = medal();
		return (medal != null) ? "rank-badge medal medal-" + medal : "rank-badge";
	}

	/** Gold, silver and bronze for the podium; the rest show their number. */
	public String medal() {
		if (this.rank == 1) {
			return "gold";
		}
		if (this.rank == 2) {
			return "silver";
		}
		return (this.rank == 3) ? "bronze" : null;
	}

}
