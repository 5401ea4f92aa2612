package com.mljudge.submissions.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * At most N submissions and runs per user in any sliding minute, counted in the
 * submissions table itself, so the limit is the same whichever instance a request lands
 * on. Keeps one user from filling the queue for everybody; not a defence against many
 * accounts. JdbcClient: an advisory lock and a windowed count.
 */
@Component
class SubmissionRateLimit {

	static final Duration WINDOW = Duration.ofMinutes(1);

	/**
	 * First key of the per-user advisory lock, so it never meets another lock's keys.
	 */
	private static final int LOCK_SPACE = 170001;

	private final JdbcClient jdbc;

	private final int perWindow;

	SubmissionRateLimit(JdbcClient jdbc, SubmissionsProperties properties) {
		this.jdbc = jdbc;
		this.perWindow = properties.rateLimit().perMinute();
	}

	/**
	 * Whether {@code username} may queue one more row now: empty when allowed, otherwise
	 * how long until the next one is. Holds a lock on the user until the caller's
	 * transaction ends, so that two requests at once (on two instances) cannot both see
	 * room for one: the caller inserts the row in that same transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Duration> check(String username) {
		this.jdbc.sql("select pg_advisory_xact_lock(:space, hashtext(lower(:username)))")
			.param("space", LOCK_SPACE)
			.param("username", username)
			.query((rs, n) -> 1)
			.list();
		Window window = this.jdbc.sql("""
				select count(*) as recent, min(s.created_at) as oldest, now() as now
				from submissions s join users u on u.id = s.user_id
				where lower(u.username) = lower(:username) and s.created_at > now() - make_interval(secs => :seconds)
				""")
			.param("username", username)
			.param("seconds", (double) WINDOW.toSeconds())
			.query((rs, n) -> new Window(rs.getInt("recent"), rs.getTimestamp("oldest"), rs.getTimestamp("now")))
			.single();
		if (window.recent() < this.perWindow) {
			return Optional.empty();
		}
		Duration wait = Duration.between(window.now().toInstant(), window.oldest().toInstant().plus(WINDOW));
		return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
	}

	private record Window(int recent, Timestamp oldest, Timestamp now) {
	}

}
