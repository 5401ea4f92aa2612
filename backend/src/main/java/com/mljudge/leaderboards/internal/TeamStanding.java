package com.mljudge.leaderboards.internal;

import java.time.Instant;

/** A team on the team board: its members' points summed. */
record TeamStanding(long rank, long id, String name, int members, int points, int solved, Instant reachedAt) {

	public String rankClass() {
		return new Standing(this.rank, this.name, 0, 0, null).rankClass();
	}

}
