package com.mljudge.leaderboards;

import java.util.Optional;

/**
 * Which team a person belongs to and who owns it, for modules that let a team's owner see
 * its members' work (mock interviews).
 */
public interface TeamMemberships {

	/** The person's team (a person is in at most one). */
	Optional<Membership> teamOf(String username);

	/** Whether the person owns the team; false for an unknown team. */
	boolean owns(String username, long teamId);

	/** A team as others see it. */
	record Membership(long teamId, String name, String owner) {

		public boolean ownedBy(String username) {
			return username != null && this.owner.equalsIgnoreCase(username);
		}

	}

}
