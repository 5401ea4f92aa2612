package com.mljudge.submissions.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.mljudge.judge.Language;
import com.mljudge.submissions.SubmissionJudged.Mode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queue is the submissions table. A worker claims the oldest unfinished row that
 * nobody holds (or whose holder's lease ran out) with FOR UPDATE SKIP LOCKED, so workers
 * never wait on each other and a crashed worker's rows come back by themselves.
 * JdbcClient: the {@code SKIP LOCKED} queue.
 */
@Repository
class SubmissionQueue {

	/** A row as a worker receives it. */
	record Claimed(long id, String username, String problem, Mode mode, String source, int attempts, boolean rejudge,
			Instant createdAt, String input, Language language) {
	}

	/** A row as the API and pages show it. */
	record Stored(long id, String username, String problem, Mode mode, String status, String verdict, Integer score,
			String compiler, String resultJson, String source, Instant createdAt, Instant finishedAt, String input,
			Integer problemVersion, Language language) {
	}

	private final JdbcClient jdbc;

	SubmissionQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * {@code input} is the typed input of a custom run as JSON, else null;
	 * {@code problemVersion} the published version it is judged on, null for the bank's
	 * own.
	 */
	long enqueue(String username, String problem, Mode mode, String source, String input, Integer problemVersion) {
		return enqueue(username, problem, mode, source, input, problemVersion, null, Language.JAVA);
	}

	/**
	 * With an {@code idempotencyKey} the insert fails (DuplicateKeyException) when this
	 * user already sent one with the same key.
	 */
	long enqueue(String username, String problem, Mode mode, String source, String input, Integer problemVersion,
			String idempotencyKey, Language language) {
		return this.jdbc.sql("""
				insert into submissions (user_id, problem_slug, mode, source, input, problem_version, idempotency_key,
				    language)
				select id, :problem, :mode, :source, :input, :version, :key, :language from users
				where lower(username) = lower(:username)
				returning id
				""")
			.param("key", idempotencyKey)
			.param("language", language.id())
			.param("problem", problem)
			.param("version", problemVersion, java.sql.Types.INTEGER)
			.param("mode", mode.name())
			.param("source", source)
			.param("input", input)
			.param("username", username)
			.query(Long.class)
			.single();
	}

	/**
	 * Claims only rows in the {@code languages} this instance judges: a Python submission
	 * waits for an instance with Python instead of failing on one without.
	 */
	Optional<Claimed> claim(String owner, Duration lease, List<Language> languages) {
		return this.jdbc.sql("""
				update submissions s set status = 'RUNNING', lease_owner = :owner,
				    lease_until = now() + make_interval(secs => :lease), attempts = s.attempts + 1
				from users u
				where u.id = s.user_id and s.id = (
				    select id from submissions
				    where (status = 'QUEUED' or (status = 'RUNNING' and lease_until < now()))
				        and language in (:languages)
				    order by rejudge, id
				    for update skip locked
				    limit 1)
				returning s.id, u.username, s.problem_slug, s.mode, s.source, s.attempts, s.rejudge, s.created_at,
				    s.input, s.language
				""")
			.param("languages", languages.stream().map(Language::id).toList())
			.param("owner", owner)
			.param("lease", lease.toMillis() / 1000.0)
			.query((rs, n) -> new Claimed(rs.getLong("id"), rs.getString("username"), rs.getString("problem_slug"),
					Mode.valueOf(rs.getString("mode")), rs.getString("source"), rs.getInt("attempts"),
					rs.getBoolean("rejudge"), rs.getTimestamp("created_at").toInstant(), rs.getString("input"),
					language(rs.getString("language"))))
			.optional();
	}

	/**
	 * Stores the verdict if this worker still holds the lease and answers when it was
	 * stored; empty when another worker took the row over. {@code problemVersion} is the
	 * published version it was judged on; null (the bank's own problem, a custom run, a
	 * verdict of ours) keeps the version the row was queued with.
	 */
	Optional<Instant> complete(long id, String owner, String verdict, int score, String compiler, String resultJson,
			Integer problemVersion) {
		return this.jdbc.sql("""
				update submissions set status = 'DONE', verdict = :verdict, score = :score, compiler = :compiler,
				    result = cast(:result as jsonb), finished_at = now(), lease_owner = null, lease_until = null,
				    rejudge = false,
				    problem_version = coalesce(cast(:version as integer), problem_version)
				where id = :id and status = 'RUNNING' and lease_owner = :owner
				returning finished_at
				""")
			.param("version", problemVersion, java.sql.Types.INTEGER)
			.param("verdict", verdict)
			.param("score", score)
			.param("compiler", compiler)
			.param("result", resultJson)
			.param("id", id)
			.param("owner", owner)
			.query((rs, n) -> rs.getTimestamp("finished_at").toInstant())
			.optional();
	}

	/** Puts judged submissions back in the queue, behind fresh work; answers how many. */
	int requeueForRejudge(String problem, Long id) {
		return this.jdbc.sql("""
				update submissions set status = 'QUEUED', rejudge = true, attempts = 0
				where status = 'DONE' and mode = 'SUBMIT'
				    and (cast(:problem as varchar) is null or problem_slug = :problem)
				    and (cast(:id as bigint) is null or id = :id)
				""").param("problem", problem).param("id", id).update();
	}

	int pendingRejudges(String problem) {
		return this.jdbc.sql("select count(*) from submissions where rejudge and problem_slug = :problem")
			.param("problem", problem)
			.query(Integer.class)
			.single();
	}

	/** Extends this worker's lease on a row; false when the row is no longer its own. */
	boolean renew(long id, String owner, Duration lease) {
		return this.jdbc.sql("""
				update submissions set lease_until = now() + make_interval(secs => :lease)
				where id = :id and status = 'RUNNING' and lease_owner = :owner""")
			.param("lease", lease.toMillis() / 1000.0)
			.param("id", id)
			.param("owner", owner)
			.update() == 1;
	}

	/** Puts a claimed row back in the queue, for a retry after a failure on our side. */
	void release(long id, String owner) {
		this.jdbc.sql("""
				update submissions set status = 'QUEUED', lease_owner = null, lease_until = null
				where id = :id and status = 'RUNNING' and lease_owner = :owner""")
			.param("id", id)
			.param("owner", owner)
			.update();
	}

	/**
	 * Puts a claimed row back without counting this attempt: the judge could not take it
	 * (tainted), which is not the submission's doing.
	 */
	void giveBack(long id, String owner) {
		this.jdbc.sql("""
				update submissions set status = 'QUEUED', lease_owner = null, lease_until = null,
				    attempts = greatest(attempts - 1, 0)
				where id = :id and status = 'RUNNING' and lease_owner = :owner""")
			.param("id", id)
			.param("owner", owner)
			.update();
	}

	/**
	 * What waits: rows queued and rows being judged, and how long the oldest queued row
	 * other than a rejudge has waited (zero when none).
	 */
	record Depth(long queued, long running, Duration oldestQueued) {
	}

	Depth depth() {
		return this.jdbc
			.sql("""
					select count(*) filter (where status = 'QUEUED') as queued,
					    count(*) filter (where status = 'RUNNING') as running,
					    coalesce(extract(epoch from now() - min(created_at) filter (where status = 'QUEUED' and not rejudge)), 0)
					        as oldest
					from submissions where status <> 'DONE'""")
			.query((rs, n) -> new Depth(rs.getLong("queued"), rs.getLong("running"),
					Duration.ofMillis((long) (rs.getDouble("oldest") * 1000))))
			.single();
	}

	/** See {@link com.mljudge.submissions.SubmissionRecords#superseded}. */
	boolean superseded(long id, Instant judgedAt) {
		return this.jdbc.sql("""
				select exists (select 1 from submissions
				    where id = :id and (status <> 'DONE' or finished_at is distinct from :judgedAt))""")
			.param("id", id)
			.param("judgedAt", java.sql.Timestamp.from(judgedAt))
			.query(Boolean.class)
			.single();
	}

	/** Records that this row's sandbox thread would not stop in time. */
	void markStalled(long id, String owner) {
		this.jdbc.sql("update submissions set stalled_judge = true where id = :id and lease_owner = :owner")
			.param("id", id)
			.param("owner", owner)
			.update();
	}

	Optional<Stored> find(long id) {
		return this.jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(SubmissionQueue::stored).optional();
	}

	/** The user's submission sent with this idempotency key, if any. */
	Optional<Stored> findByKey(String username, String idempotencyKey) {
		return this.jdbc.sql(SELECT + " where lower(u.username) = lower(:username) and s.idempotency_key = :key")
			.param("username", username)
			.param("key", idempotencyKey)
			.query(SubmissionQueue::stored)
			.optional();
	}

	List<Stored> history(String username, String problem, int limit) {
		return this.jdbc
			.sql(SELECT + " where lower(u.username) = lower(:username) and s.problem_slug = :problem"
					+ " and s.mode = 'SUBMIT' order by s.id desc limit :limit")
			.param("username", username)
			.param("problem", problem)
			.param("limit", limit)
			.query(SubmissionQueue::stored)
			.list();
	}

	/** The same user's submission to the same problem just before this one, if any. */
	Optional<Stored> previous(Stored submission) {
		return this.jdbc
			.sql(SELECT + " where lower(u.username) = lower(:username) and s.problem_slug = :problem"
					+ " and s.mode = 'SUBMIT' and s.id < :id order by s.id desc limit 1")
			.param("username", submission.username())
			.param("problem", submission.problem())
			.param("id", submission.id())
			.query(SubmissionQueue::stored)
			.optional();
	}

	/** Judged submissions (mode SUBMIT) of one user to one problem, oldest first. */
	List<Stored> judged(String username, String problem) {
		return this.jdbc
			.sql(SELECT + " where lower(u.username) = lower(:username) and s.problem_slug = :problem"
					+ " and s.mode = 'SUBMIT' and s.status = 'DONE' order by s.id")
			.param("username", username)
			.param("problem", problem)
			.query(SubmissionQueue::stored)
			.list();
	}

	List<Stored> recent(String username, int limit) {
		return this.jdbc
			.sql(SELECT + " where lower(u.username) = lower(:username) and s.mode = 'SUBMIT'"
					+ " order by s.id desc limit :limit")
			.param("username", username)
			.param("limit", limit)
			.query(SubmissionQueue::stored)
			.list();
	}

	private static final String SELECT = """
			select s.id, u.username, s.problem_slug, s.mode, s.status, s.verdict, s.score, s.compiler,
			    s.result::text as result, s.source, s.created_at, s.finished_at, s.input, s.problem_version,
			    s.language
			from submissions s join users u on u.id = s.user_id""";

	private static Stored stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Stored(rs.getLong("id"), rs.getString("username"), rs.getString("problem_slug"),
				Mode.valueOf(rs.getString("mode")), rs.getString("status"), rs.getString("verdict"),
				(Integer) rs.getObject("score"), rs.getString("compiler"), rs.getString("result"),
				rs.getString("source"), rs.getTimestamp("created_at").toInstant(),
				instant(rs.getTimestamp("finished_at")), rs.getString("input"),
				(Integer) rs.getObject("problem_version"), language(rs.getString("language")));
	}

	private static Language language(String id) {
		return Language.of(id).orElseThrow(() -> new IllegalStateException("Unknown language in the queue: " + id));
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
