package com.mljudge.leaderboards.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Teams and memberships in SQL; the rules (one team per user, who may do what) live in
 * {@link Teams}. JdbcClient: team standings are range reads over the board totals joined
 * to the members.
 */
@Repository
class TeamStore {

	/** A team's row without its members. */
	record TeamRow(long id, String name, long ownerId, String inviteCode) {
	}

	private final JdbcClient jdbc;

	TeamStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(String name, long ownerId, String inviteCode) {
		long id = this.jdbc.sql("""
				insert into teams (name, owner_id, invite_code) values (:name, :owner, :code) returning id""")
			.param("name", name)
			.param("owner", ownerId)
			.param("code", inviteCode)
			.query(Long.class)
			.single();
		addMember(id, ownerId);
		return id;
	}

	void addMember(long teamId, long userId) {
		this.jdbc.sql("insert into team_members (team_id, user_id) values (:team, :user)")
			.param("team", teamId)
			.param("user", userId)
			.update();
	}

	void removeMember(long teamId, long userId) {
		this.jdbc.sql("delete from team_members where team_id = :team and user_id = :user")
			.param("team", teamId)
			.param("user", userId)
			.update();
	}

	boolean nameTaken(String name) {
		return this.jdbc.sql("select count(*) from teams where lower(name) = lower(:name)")
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	Optional<TeamRow> byId(long id) {
		return this.jdbc.sql("select id, name, owner_id, invite_code from teams where id = :id")
			.param("id", id)
			.query(TeamRow.class)
			.optional();
	}

	Optional<TeamRow> byCode(String code) {
		return this.jdbc.sql("select id, name, owner_id, invite_code from teams where invite_code = :code")
			.param("code", code)
			.query(TeamRow.class)
			.optional();
	}

	Optional<TeamRow> teamOf(long userId) {
		return this.jdbc.sql("""
				select t.id, t.name, t.owner_id, t.invite_code from teams t
				join team_members m on m.team_id = t.id where m.user_id = :user""")
			.param("user", userId)
			.query(TeamRow.class)
			.optional();
	}

	/**
	 * Lock the team row, so joins, leaves and hand-overs of one team happen one at a
	 * time.
	 */
	void lock(long teamId) {
		this.jdbc.sql("select id from teams where id = :id for update").param("id", teamId).query(Long.class).list();
	}

	/**
	 * The member who joined first after the owner, who inherits the team when the owner
	 * leaves.
	 */
	Optional<Long> longestMember(long teamId) {
		return this.jdbc.sql("""
				select user_id from team_members where team_id = :team order by joined_at, user_id limit 1""")
			.param("team", teamId)
			.query(Long.class)
			.optional();
	}

	void setOwner(long teamId, long userId) {
		this.jdbc.sql("update teams set owner_id = :user where id = :id")
			.param("user", userId)
			.param("id", teamId)
			.update();
	}

	void setInviteCode(long teamId, String code) {
		this.jdbc.sql("update teams set invite_code = :code where id = :id")
			.param("code", code)
			.param("id", teamId)
			.update();
	}

	void delete(long teamId) {
		this.jdbc.sql("delete from teams where id = :id").param("id", teamId).update();
	}

	Optional<Team> team(long id) {
		return this.jdbc.sql("""
				select t.id, t.name, u.username as owner, t.invite_code, t.created_at
				from teams t join users u on u.id = t.owner_id where t.id = :id""")
			.param("id", id)
			.query((rs, n) -> new Team(rs.getLong("id"), rs.getString("name"), rs.getString("owner"),
					rs.getString("invite_code"), rs.getTimestamp("created_at").toInstant(), members(id)))
			.optional();
	}

	private List<Team.Member> members(long teamId) {
		return this.jdbc.sql("""
				select u.username, m.joined_at, coalesce(sum(e.points), 0) as points,
				    count(e.solved_at) filter (where p.difficulty = 'easy') as easy,
				    count(e.solved_at) filter (where p.difficulty = 'medium') as medium,
				    count(e.solved_at) filter (where p.difficulty = 'hard') as hard
				from team_members m join users u on u.id = m.user_id
				left join board_entries e on e.user_id = m.user_id and e.solved_at is not null
				left join problems p on p.slug = e.problem_slug
				where m.team_id = :team
				group by u.username, m.joined_at
				order by points desc, m.joined_at, u.username""")
			.param("team", teamId)
			.query((rs, n) -> new Team.Member(rs.getString("username"), rs.getInt("points"), rs.getInt("easy"),
					rs.getInt("medium"), rs.getInt("hard"), rs.getTimestamp("joined_at").toInstant()))
			.list();
	}

	/**
	 * Teams by their members' summed points in a period; ties go to the team that got
	 * there first.
	 */
	List<TeamStanding> board(String period, int limit, long offset) {
		return this.jdbc.sql("""
				select t.id, t.name, count(m.user_id) as members, coalesce(sum(b.points), 0) as points,
				    coalesce(sum(b.solved), 0) as solved, max(b.reached_at) as reached_at
				from teams t join team_members m on m.team_id = t.id
				left join board_totals b on b.user_id = m.user_id and b.period = :period and b.topic = ''
				group by t.id, t.name
				order by points desc, reached_at nulls last, t.id
				limit :limit offset :offset""")
			.param("period", period)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new TeamStanding(offset + n + 1, rs.getLong("id"), rs.getString("name"),
					rs.getInt("members"), rs.getInt("points"), rs.getInt("solved"),
					instant(rs.getTimestamp("reached_at"))))
			.list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from teams").query(Long.class).single();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
