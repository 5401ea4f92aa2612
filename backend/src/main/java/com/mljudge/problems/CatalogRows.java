package com.mljudge.problems;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.mljudge.problembank.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalog table's row of a problem. Rows are only rewritten when a problem's listed
 * content changed. JdbcClient: one upsert that rewrites the row (and its search vector)
 * only when the content changed.
 */
final class CatalogRows {

	private CatalogRows() {
	}

	static int upsert(JdbcClient jdbc, Problem problem) {
		return jdbc.sql("""
				insert into problems (slug, kind, title, difficulty, topics, source, statement, content_hash, search)
				values (:slug, :kind, :title, :difficulty, :topics, :source, :statement, :hash,
				    setweight(to_tsvector('english', :title), 'A')
				    || setweight(to_tsvector('english', array_to_string(:topics, ' ')), 'B')
				    || setweight(to_tsvector('english', :statement), 'C'))
				on conflict (slug) do update set kind = excluded.kind, title = excluded.title,
				    difficulty = excluded.difficulty, topics = excluded.topics, source = excluded.source,
				    statement = excluded.statement, content_hash = excluded.content_hash,
				    search = excluded.search, updated_at = now()
				where problems.content_hash <> excluded.content_hash
				""")
			.param("slug", problem.slug())
			.param("kind", problem.kind().yamlName())
			.param("title", problem.title())
			.param("difficulty", problem.difficulty().yamlName())
			.param("topics", problem.topics().toArray(String[]::new))
			.param("source", (problem.source() != null) ? problem.source() : "")
			.param("statement", problem.statement())
			.param("hash", hash(problem))
			.update();
	}

	private static String hash(Problem problem) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String content = String.join("\u0000", problem.kind().yamlName(), problem.title(),
					problem.difficulty().yamlName(), String.join(",", problem.topics()),
					String.valueOf(problem.source()), problem.statement());
			return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
