package com.mljudge.submissions.internal;

import java.util.Optional;

import com.mljudge.judge.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The editor's draft per user, problem and language. JdbcClient: one upsert keyed by
 * name, slug and language ({@code on conflict}), which an entity would make a read and a
 * write.
 */
@Component
class Drafts {

	private final JdbcClient jdbc;

	Drafts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> find(String username, String slug, Language language) {
		return this.jdbc.sql("""
				select d.source from drafts d join users u on u.id = d.user_id
				where lower(u.username) = lower(:username) and d.problem_slug = :slug and d.language = :language""")
			.param("username", username)
			.param("slug", slug)
			.param("language", language.id())
			.query(String.class)
			.optional();
	}

	/**
	 * @return false when there is no such problem (or user)
	 */
	boolean save(String username, String slug, Language language, String source) {
		return this.jdbc.sql("""
				insert into drafts (user_id, problem_slug, language, source)
				select u.id, p.slug, :language, :source from users u, problems p
				where lower(u.username) = lower(:username) and p.slug = :slug
				on conflict (user_id, problem_slug, language)
				    do update set source = excluded.source, updated_at = now()""")
			.param("source", source)
			.param("language", language.id())
			.param("username", username)
			.param("slug", slug)
			.update() == 1;
	}

}
