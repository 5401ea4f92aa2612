package com.mljudge.submissions.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.mljudge.problems.ProblemProgress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalog's solved / attempted / new, the explanation's unlock and the profile's
 * calendar, from the user's submissions (runs do not count). JdbcClient: set-based reads
 * (distinct, exists, counts by day) over many submissions, nothing to load as entities.
 */
@Component
class SubmissionProgress implements ProblemProgress {

	private final JdbcClient jdbc;

	SubmissionProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> solved(String username) {
		return slugs(username, "and s.verdict = 'ACCEPTED'");
	}

	@Override
	public Set<String> attempted(String username) {
		return slugs(username, "");
	}

	private Set<String> slugs(String username, String condition) {
		return new HashSet<>(this.jdbc.sql("""
				select distinct s.problem_slug from submissions s join users u on u.id = s.user_id
				where lower(u.username) = lower(:username) and s.mode = 'SUBMIT' """ + condition)
			.param("username", username)
			.query(String.class)
			.list());
	}

	/** Whether the user has an accepted submission to the problem. */
	boolean hasSolved(String username, String slug) {
		return exists(username, slug, "and s.verdict = 'ACCEPTED'");
	}

	/** Whether the user has a judged submission to the problem, accepted or not. */
	boolean hasJudged(String username, String slug) {
		return exists(username, slug, "and s.status = 'DONE'");
	}

	private boolean exists(String username, String slug, String condition) {
		return this.jdbc.sql("""
				select exists (select 1 from submissions s join users u on u.id = s.user_id
				where lower(u.username) = lower(:username) and s.problem_slug = :slug
				  and s.mode = 'SUBMIT' """ + condition + ")")
			.param("username", username)
			.param("slug", slug)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Submissions and runs per UTC day since {@code first}, days without any left out.
	 */
	Map<LocalDate, Integer> perDay(String username, LocalDate first) {
		Map<LocalDate, Integer> perDay = new TreeMap<>();
		this.jdbc.sql("""
				select (s.created_at at time zone 'UTC')::date as day, count(*) as n
				from submissions s join users u on u.id = s.user_id
				where lower(u.username) = lower(:username) and s.created_at >= :first
				group by 1""")
			.param("username", username)
			.param("first", first.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
			.query((rs) -> {
				perDay.put(rs.getObject("day", LocalDate.class), rs.getInt("n"));
			});
		return perDay;
	}

}
