package com.mljudge.submissions.internal;

import java.util.HashSet;
import java.util.Set;

import com.mljudge.problems.ProblemProgress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalog's solved / attempted / new, from the user's submissions (runs do not
 * count).
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

}
