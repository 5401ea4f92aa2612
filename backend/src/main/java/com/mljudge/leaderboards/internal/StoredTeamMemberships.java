package com.mljudge.leaderboards.internal;

import java.util.Optional;

import com.mljudge.leaderboards.TeamMemberships;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Team memberships read from the team tables. JdbcClient: one join per question another
 * module asks.
 */
@Component
class StoredTeamMemberships implements TeamMemberships {

	private final JdbcClient jdbc;

	StoredTeamMemberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Membership> teamOf(String username) {
		return this.jdbc.sql("""
				select t.id, t.name, o.username as owner from teams t
				join users o on o.id = t.owner_id
				join team_members m on m.team_id = t.id
				join users u on u.id = m.user_id
				where lower(u.username) = lower(:username)""")
			.param("username", username)
			.query((rs, n) -> new Membership(rs.getLong("id"), rs.getString("name"), rs.getString("owner")))
			.optional();
	}

	@Override
	public boolean owns(String username, long teamId) {
		return this.jdbc.sql("""
				select count(*) from teams t join users o on o.id = t.owner_id
				where t.id = :team and lower(o.username) = lower(:username)""")
			.param("team", teamId)
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

}
