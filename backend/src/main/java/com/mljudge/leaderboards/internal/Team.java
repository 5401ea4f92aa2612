package com.mljudge.leaderboards.internal;

import java.time.Instant;
import java.util.List;

/** A team as its page shows it: members with their progress, best first. */
record Team(long id, String name, String owner, String inviteCode, Instant createdAt, List<Member> members) {

	/** A member's all-time points and first solves by difficulty. */
	record Member(String username, int points, int easy, int medium, int hard, Instant joinedAt) {

		public int solved() {
			return this.easy + this.medium + this.hard;
		}

	}

	public int points() {
		return this.members.stream().mapToInt(Member::points).sum();
	}

	public boolean hasMember(String username) {
		return username != null && this.members.stream().anyMatch((m) -> m.username().equalsIgnoreCase(username));
	}

	public boolean ownedBy(String username) {
		return username != null && this.owner.equalsIgnoreCase(username);
	}

}
