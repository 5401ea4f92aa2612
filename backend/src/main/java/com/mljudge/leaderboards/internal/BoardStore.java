package com.mljudge.leaderboards.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The write side of the boards: per-(user, problem) entries and the per-scope totals
 * derived from them. JdbcClient: per-user advisory locks, and totals recomputed in one
 * set-based statement.
 */
@Repository
class BoardStore {

	/**
	 * Every solved entry once per scope it counts in, as rows of {@code e} (the entry),
	 * {@code p} (its problem), {@code s.period} (all time, its ISO week, its month) and
	 * {@code t.topic} ('' and each topic of the problem): the rule {@link BoardPeriod}
	 * spells in Java, for the statements that derive totals from entries. No {@code %} in
	 * it: statements put it in with {@link String#formatted}.
	 */
	static final String SOLVED_ENTRY_SCOPES = """
			from board_entries e
			join problems p on p.slug = e.problem_slug
			cross join lateral unnest(array['all',
			    to_char(e.solved_at at time zone 'UTC', '"w"IYYY-IW'),
			    to_char(e.solved_at at time zone 'UTC', '"m"YYYY-MM')]) s(period)
			cross join lateral unnest(array[''] || p.topics) t(topic)""";

	private final JdbcClient jdbc;

	BoardStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> userId(String username) {
		return this.jdbc.sql("select id from users where lower(username) = lower(:username)")
			.param("username", username)
			.query(Long.class)
			.optional();
	}

	/**
	 * Serializes board updates per user for the rest of the transaction: two verdicts of
	 * one user arriving at once must not both compute totals from a state that misses the
	 * other.
	 */
	void lockUser(long userId) {
		this.jdbc.sql("select pg_advisory_xact_lock(7007, hashtext(cast(:user as text)))")
			.param("user", userId)
			.query((rs) -> {
			});
	}

	BoardEntry entry(long userId, String slug) {
		return this.jdbc.sql("""
				select solved_at, solve_submission, solve_millis, points, best_score, best_millis, best_at,
				    best_submission
				from board_entries where user_id = :user and problem_slug = :slug""")
			.param("user", userId)
			.param("slug", slug)
			.query(BoardStore::entry)
			.optional()
			.orElse(BoardEntry.NONE);
	}

	void save(long userId, String slug, BoardEntry entry) {
		if (entry.solveSubmission() == null && entry.bestSubmission() == null) {
			this.jdbc.sql("delete from board_entries where user_id = :user and problem_slug = :slug")
				.param("user", userId)
				.param("slug", slug)
				.update();
			return;
		}
		this.jdbc.sql("""
				insert into board_entries (user_id, problem_slug, solved_at, solve_submission, solve_millis, points,
				    best_score, best_millis, best_at, best_submission)
				values (:user, :slug, :solvedAt, :solveSubmission, :solveMillis, :points, :bestScore, :bestMillis,
				    :bestAt, :bestSubmission)
				on conflict (user_id, problem_slug) do update set solved_at = excluded.solved_at,
				    solve_submission = excluded.solve_submission, solve_millis = excluded.solve_millis,
				    points = excluded.points, best_score = excluded.best_score, best_millis = excluded.best_millis,
				    best_at = excluded.best_at, best_submission = excluded.best_submission""")
			.param("user", userId)
			.param("slug", slug)
			.param("solvedAt", timestamp(entry.solvedAt()))
			.param("solveSubmission", entry.solveSubmission())
			.param("solveMillis", entry.solveMillis())
			.param("points", entry.points())
			.param("bestScore", entry.bestScore())
			.param("bestMillis", entry.bestMillis())
			.param("bestAt", timestamp(entry.bestAt()))
			.param("bestSubmission", entry.bestSubmission())
			.update();
	}

	/**
	 * Recomputes one user's totals in the given periods crossed with the given topics
	 * from their entries (a user has at most one entry per problem, so this reads a few
	 * hundred rows at most). Scopes left without a solve lose their row.
	 */
	void recomputeTotals(long userId, List<String> periods, List<String> topics) {
		this.jdbc
			.sql("""
					with scope as (
					    select p.period, t.topic
					    from unnest(cast(:periods as text[])) p(period) cross join unnest(cast(:topics as text[])) t(topic)
					), agg as (
					    select s.period, s.topic, sum(e.points) as points, count(*) as solved, max(e.solved_at) as reached_at
					    from scope s
					    join board_entries e on e.user_id = :user and e.solved_at is not null
					    join problems p on p.slug = e.problem_slug
					    where (s.period = 'all'
					           or s.period = to_char(e.solved_at at time zone 'UTC', '"w"IYYY-IW')
					           or s.period = to_char(e.solved_at at time zone 'UTC', '"m"YYYY-MM'))
					      and (s.topic = '' or s.topic = any(p.topics))
					    group by s.period, s.topic
					), gone as (
					    delete from board_totals b using scope s
					    where b.user_id = :user and b.period = s.period and b.topic = s.topic
					      and not exists (select 1 from agg a where a.period = s.period and a.topic = s.topic)
					)
					insert into board_totals (period, topic, user_id, points, solved, reached_at)
					select period, topic, :user, points, solved, reached_at from agg
					on conflict (period, topic, user_id) do update set points = excluded.points,
					    solved = excluded.solved, reached_at = excluded.reached_at""")
			.param("periods", periods.toArray(String[]::new))
			.param("topics", topics.toArray(String[]::new))
			.param("user", userId)
			.update();
	}

	/**
	 * Recomputes every total of one user from their entries, dropping scopes left without
	 * a solve; answers whether any row changed. The same rules as
	 * {@link #recomputeTotals} and the benchmarks' BoardRebuild, for all scopes at once.
	 */
	boolean recomputeAllTotals(long userId) {
		return this.jdbc
			.sql("""
					with expected as (
					    select s.period, t.topic, sum(e.points) as points, count(*) as solved, max(e.solved_at) as reached_at
					    %s
					    where e.user_id = :user and e.solved_at is not null
					    group by s.period, t.topic
					), gone as (
					    delete from board_totals b
					    where b.user_id = :user
					      and not exists (select 1 from expected x where x.period = b.period and x.topic = b.topic)
					    returning 1
					), changed as (
					    insert into board_totals (period, topic, user_id, points, solved, reached_at)
					    select period, topic, :user, points, solved, reached_at from expected
					    on conflict (period, topic, user_id) do update set points = excluded.points,
					        solved = excluded.solved, reached_at = excluded.reached_at
					    where (board_totals.points, board_totals.solved, board_totals.reached_at)
					        is distinct from (excluded.points, excluded.solved, excluded.reached_at)
					    returning 1
					)
					select (select count(*) from gone) + (select count(*) from changed)"""
				.formatted(SOLVED_ENTRY_SCOPES))
			.param("user", userId)
			.query(Long.class)
			.single() > 0;
	}

	private static BoardEntry entry(ResultSet rs, int row) throws SQLException {
		return new BoardEntry(instant(rs.getTimestamp("solved_at")), (Long) rs.getObject("solve_submission"),
				(Long) rs.getObject("solve_millis"), rs.getInt("points"), rs.getInt("best_score"),
				(Long) rs.getObject("best_millis"), instant(rs.getTimestamp("best_at")),
				(Long) rs.getObject("best_submission"));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	static OffsetDateTime timestamp(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
