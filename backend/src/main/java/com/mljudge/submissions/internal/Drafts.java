package com.mljudge.submissions.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The editor's draft per user and problem. JdbcClient: one upsert keyed by name and slug
 * ({@code on conflict}), which an entity would make a read and a write.
 */
@Component
class Drafts {

	private final JdbcClient jdbc;

	Drafts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> find(String username, String slug) {
		return this.jdbc.sql("""
				select d.source from drafts d join users u on u.id = d.user_id
				where lower(u.username) = lower(:username) and d.problem_slug = :slug""")
			.param("username", username)
			.param("slug", slug)
			.query(String.class)
			.optional();
	}

	/**
	 * @return false when there is no such problem (or user)
	 */
	boolean save(String username, String slug, String source) {
		return this.jdbc.sql("""
				insert into drafts (user_id, problem_slug, source)
				select u.id, p.slug, :source from users u, problems p
				where lower(u.username) = lower(:username) and p.slug = :slug
				on conflict (user_id, problem_slug) do update set source = excluded.source, updated_at = now()""")
			.param("source", source)
			.param("username", username)
			.param("slug", slug)
			.update() == 1;
	}

}
