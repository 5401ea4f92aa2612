package com.mljudge.contests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The contest tables: contests and their problems, registrations, and the judged
 * submissions that count. JdbcClient: scoreboard reads of a contest's entries in one
 * join, and entries written as upserts that a redelivered event may repeat.
 */
@Repository
class ContestStore {

	private static final String SELECT = """
			select c.id, c.slug, c.title, c.description, c.starts_at, c.ends_at, c.scoring, c.freeze_minutes,
			    c.public_percent, c.unfrozen_at,
			    array(select p.problem_slug from contest_problems p where p.contest_id = c.id order by p.position)
			        as problems
			from contests c""";

	private final JdbcClient jdbc;

	ContestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Contest> find(String slug) {
		return this.jdbc.sql(SELECT + " where c.slug = :slug")
			.param("slug", slug)
			.query(ContestStore::contest)
			.optional();
	}

	/** Newest first. */
	List<Contest> all() {
		return this.jdbc.sql(SELECT + " order by c.starts_at desc, c.id desc").query(ContestStore::contest).list();
	}

	/** Contests whose problems include this one and whose window holds the moment. */
	List<Contest> holding(String problem, Instant submittedAt) {
		return this.jdbc.sql(SELECT + """
				 where c.starts_at <= :at and :at < c.ends_at
				   and exists (select 1 from contest_problems p where p.contest_id = c.id and p.problem_slug = :problem)
				""")
			.param("at", Timestamp.from(submittedAt))
			.param("problem", problem)
			.query(ContestStore::contest)
			.list();
	}

	long insert(ContestDraft draft) {
		long id = this.jdbc.sql("""
				insert into contests (slug, title, description, starts_at, ends_at, scoring, freeze_minutes,
				    public_percent)
				values (:slug, :title, :description, :startsAt, :endsAt, :scoring, :freeze, :publicPercent)
				returning id""").param("slug", draft.slug()).params(fields(draft)).query(Long.class).single();
		replaceProblems(id, draft.problems());
		return id;
	}

	void update(long id, ContestDraft draft) {
		this.jdbc.sql("""
				update contests set title = :title, description = :description, starts_at = :startsAt,
				    ends_at = :endsAt, scoring = :scoring, freeze_minutes = :freeze, public_percent = :publicPercent
				where id = :id""").param("id", id).params(fields(draft)).update();
		replaceProblems(id, draft.problems());
	}

	void delete(long id) {
		this.jdbc.sql("delete from contests where id = :id").param("id", id).update();
	}

	void unfreeze(long id, Instant at) {
		this.jdbc.sql("update contests set unfrozen_at = :at where id = :id and unfrozen_at is null")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	/** False when the user was registered already. */
	boolean register(long contestId, String username) {
		return this.jdbc.sql("""
				insert into contest_registrations (contest_id, user_id)
				select :contest, id from users where lower(username) = lower(:username)
				on conflict do nothing""").param("contest", contestId).param("username", username).update() == 1;
	}

	boolean registered(long contestId, String username) {
		return this.jdbc.sql("""
				select count(*) from contest_registrations r join users u on u.id = r.user_id
				where r.contest_id = :contest and lower(u.username) = lower(:username)""")
			.param("contest", contestId)
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

	/** Registered usernames as the accounts spell them. */
	List<String> contestants(long contestId) {
		return this.jdbc.sql("""
				select u.username from contest_registrations r join users u on u.id = r.user_id
				where r.contest_id = :contest order by lower(u.username)""")
			.param("contest", contestId)
			.query(String.class)
			.list();
	}

	/**
	 * Stores a judged submission for a contest, or overwrites it after a rejudge. A
	 * judgement older than the one stored loses, so events arriving out of order cannot
	 * undo a rejudge.
	 */
	void record(long contestId, StoredEntry entry) {
		this.jdbc.sql("""
				insert into contest_submissions (contest_id, submission_id, user_id, problem_slug, verdict, score,
				    tests, submitted_at, judged_at)
				select :contest, :submission, id, :problem, :verdict, :score, cast(:tests as jsonb), :submittedAt,
				    :judgedAt
				from users where lower(username) = lower(:username)
				on conflict (contest_id, submission_id) do update set verdict = excluded.verdict,
				    score = excluded.score, tests = excluded.tests, judged_at = excluded.judged_at
				where contest_submissions.judged_at <= excluded.judged_at""")
			.param("contest", contestId)
			.param("submission", entry.submissionId())
			.param("username", entry.username())
			.param("problem", entry.problem())
			.param("verdict", entry.verdict())
			.param("score", entry.score())
			.param("tests", entry.testsJson())
			.param("submittedAt", Timestamp.from(entry.submittedAt()))
			.param("judgedAt", Timestamp.from(entry.judgedAt()))
			.update();
	}

	List<StoredEntry> entries(long contestId) {
		return this.jdbc.sql("""
				select s.submission_id, u.username, s.problem_slug, s.verdict, s.score, s.tests::text as tests,
				    s.submitted_at, s.judged_at
				from contest_submissions s join users u on u.id = s.user_id
				where s.contest_id = :contest order by s.submitted_at, s.submission_id""")
			.param("contest", contestId)
			.query((rs, n) -> new StoredEntry(rs.getLong("submission_id"), rs.getString("username"),
					rs.getString("problem_slug"), rs.getString("verdict"), rs.getInt("score"), rs.getString("tests"),
					rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("judged_at").toInstant()))
			.list();
	}

	/** A contest_submissions row, its tests still as JSON. */
	record StoredEntry(long submissionId, String username, String problem, String verdict, int score, String testsJson,
			Instant submittedAt, Instant judgedAt) {
	}

	private void replaceProblems(long id, List<String> problems) {
		this.jdbc.sql("delete from contest_problems where contest_id = :id").param("id", id).update();
		for (int i = 0; i < problems.size(); i++) {
			this.jdbc.sql("insert into contest_problems (contest_id, position, problem_slug) values (:id, :pos, :slug)")
				.param("id", id)
				.param("pos", i)
				.param("slug", problems.get(i))
				.update();
		}
	}

	private static Map<String, Object> fields(ContestDraft draft) {
		return Map.of("title", draft.title(), "description", draft.description(), "startsAt",
				Timestamp.from(draft.startsAt()), "endsAt", Timestamp.from(draft.endsAt()), "scoring",
				draft.scoring().name(), "freeze", draft.freezeMinutes(), "publicPercent", draft.publicPercent());
	}

	private static Contest contest(ResultSet rs, int row) throws SQLException {
		Timestamp unfrozen = rs.getTimestamp("unfrozen_at");
		return new Contest(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("description"),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
				Scoring.valueOf(rs.getString("scoring")), rs.getInt("freeze_minutes"), rs.getInt("public_percent"),
				(unfrozen != null) ? unfrozen.toInstant() : null,
				Arrays.asList((String[]) rs.getArray("problems").getArray()));
	}

}
