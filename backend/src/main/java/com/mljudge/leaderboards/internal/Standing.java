package com.mljudge.leaderboards.internal;

import java.time.Instant;

/** One row of a points board: a user (or a team) at a rank. */
record Standing(long rank, String name, int points, int solved, Instant reachedAt) {

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
