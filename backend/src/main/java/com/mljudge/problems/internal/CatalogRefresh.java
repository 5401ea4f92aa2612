package com.mljudge.problems.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.mljudge.problembank.Problem;
import com.mljudge.problembank.ProblemBank;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the catalog table in line with the bank at start-up. Rows are only rewritten when a problem's
 * content changed, so restarts are cheap and several instances can start at once.
 */
@Component
class CatalogRefresh implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CatalogRefresh.class);

	private final ProblemBank bank;

	private final JdbcClient jdbc;

	CatalogRefresh(ProblemBank bank, JdbcClient jdbc) {
		this.bank = bank;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int changed = 0;
		for (Problem problem : this.bank.problems()) {
			changed += this.jdbc.sql("""
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
		log.info("Problem catalog: {} problems in the bank, {} added or updated", this.bank.size(), changed);
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
