package com.mljudge.problems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mljudge.problembank.Kind;
import com.mljudge.problembank.Problem;
import com.mljudge.problembank.ProblemBank;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Finds problems: catalog searches run in PostgreSQL (full-text search over title, topics
 * and statement); a single problem's full content comes from the loaded bank, overlaid
 * with the latest version of each problem published in the browser. JdbcClient: full-text
 * search with facet counts, which JPQL cannot say.
 */
@Service
public class ProblemCatalog {

	private final JdbcClient jdbc;

	private final ProblemBank bank;

	private final ObjectProvider<ProblemProgress> progress;

	private final ObjectProvider<PublishedProblems> published;

	ProblemCatalog(JdbcClient jdbc, ProblemBank bank, ObjectProvider<ProblemProgress> progress,
			ObjectProvider<PublishedProblems> published) {
		this.jdbc = jdbc;
		this.bank = bank;
		this.progress = progress;
		this.published = published;
	}

	public Optional<Problem> find(String slug) {
		return findVersion(slug).map(ProblemVersion::problem);
	}

	/**
	 * The problem as served now with its version: the latest published one, else the
	 * bank's (version 0).
	 */
	public Optional<ProblemVersion> findVersion(String slug) {
		PublishedProblems source = this.published.getIfAvailable();
		Optional<ProblemVersion> latest = (source != null) ? source.latest(slug) : Optional.empty();
		return latest.or(() -> this.bank.find(slug).map((p) -> new ProblemVersion(p, ProblemVersion.BANK)));
	}

	/**
	 * Every problem as served now: the bank's, each replaced by its latest published
	 * version, then new ones.
	 */
	public List<ProblemVersion> all() {
		Map<String, ProblemVersion> all = new LinkedHashMap<>();
		this.bank.problems().forEach((p) -> all.put(p.slug(), new ProblemVersion(p, ProblemVersion.BANK)));
		PublishedProblems source = this.published.getIfAvailable();
		if (source != null) {
			source.all().forEach((v) -> all.put(v.problem().slug(), v));
		}
		return List.copyOf(all.values());
	}

	/**
	 * Writes the problem's row of the catalog table (search, facets) when its content
	 * changed.
	 * @return 1 when the row was added or updated, else 0
	 */
	public int index(Problem problem) {
		return CatalogRows.upsert(this.jdbc, problem);
	}

	public CatalogPage search(CatalogQuery query) {
		Progress mine = progressOf(query.username());
		Filter all = Filter.of(query, null, mine);
		List<ProblemSummary> rows = this.jdbc
			.sql("select slug, kind, title, difficulty, topics, " + ((mine != null) ? STATUS_COLUMN : "null")
					+ " as status from problems where " + all.where() + " order by " + order(query)
					+ " limit :limit offset :offset")
			.params(all.params())
			.param("judged", Kind.yamlNames(Kind.Part.CODE))
			.param("limit", query.pageSize())
			.param("offset", (long) query.page() * query.pageSize())
			.query((rs, n) -> new ProblemSummary(rs.getString("slug"), rs.getString("kind"), rs.getString("title"),
					rs.getString("difficulty"), Arrays.asList((String[]) rs.getArray("topics").getArray()),
					rs.getString("status")))
			.list();
		long total = this.jdbc.sql("select count(*) from problems where " + all.where())
			.params(all.params())
			.query(Long.class)
			.single();
		return new CatalogPage(rows, total, query.page(), query.pageSize(), counts(query, "kind", "kind", mine),
				counts(query, "difficulty", "difficulty", mine), counts(query, "topic", "unnest(topics)", mine),
				(mine == null) ? Map.of() : counts(query, "status", STATUS_COLUMN, mine));
	}

	/** A signed-in user's solved and attempted slugs; null for an anonymous search. */
	private Progress progressOf(String username) {
		ProblemProgress source = this.progress.getIfAvailable();
		if (!StringUtils.hasText(username) || source == null) {
			return null;
		}
		return new Progress(source.solved(username).toArray(String[]::new),
				source.attempted(username).toArray(String[]::new));
	}

	private record Progress(String[] solved, String[] attempted) {
	}

	private static final String STATUS_COLUMN = "case when slug = any(:solved) then 'solved' "
			+ "when slug = any(:attempted) then 'attempted' else 'new' end";

	private Map<String, Long> counts(CatalogQuery query, String facet, String column, Progress mine) {
		Filter others = Filter.of(query, facet, mine);
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc
			.sql("select value, count(*) as n from (select " + column + " as value from problems where "
					+ others.where() + ") v group by value order by value")
			.params(others.params())
			.query((rs) -> {
				counts.put(rs.getString("value"), rs.getLong("n"));
			});
		return counts;
	}

	private static String order(CatalogQuery query) {
		String difficultyRank = "case difficulty when 'easy' then 0 when 'medium' then 1 else 2 end";
		if (StringUtils.hasText(query.text())) {
			return "ts_rank(search, websearch_to_tsquery('english', :text)) desc, " + difficultyRank + ", title";
		}
		return "kind in (:judged) desc, " + difficultyRank + ", title";
	}

	/**
	 * The where-clause of a query, leaving out one facet when counting that facet's
	 * choices.
	 */
	private record Filter(String where, Map<String, Object> params) {

		static Filter of(CatalogQuery query, String leaveOut, Progress mine) {
			List<String> clauses = new ArrayList<>(List.of("true"));
			Map<String, Object> params = new LinkedHashMap<>();
			if (mine != null) {
				params.put("solved", mine.solved());
				params.put("attempted", mine.attempted());
				if (StringUtils.hasText(query.status()) && !"status".equals(leaveOut)) {
					clauses.add("(" + STATUS_COLUMN + ") = :status");
					params.put("status", query.status());
				}
			}
			if (StringUtils.hasText(query.text())) {
				clauses.add("search @@ websearch_to_tsquery('english', :text)");
				params.put("text", query.text().strip());
			}
			if (StringUtils.hasText(query.kind()) && !"kind".equals(leaveOut)) {
				clauses.add("kind = :kind");
				params.put("kind", query.kind());
			}
			if (StringUtils.hasText(query.difficulty()) && !"difficulty".equals(leaveOut)) {
				clauses.add("difficulty = :difficulty");
				params.put("difficulty", query.difficulty());
			}
			if (StringUtils.hasText(query.topic()) && !"topic".equals(leaveOut)) {
				clauses.add(":topic = any(topics)");
				params.put("topic", query.topic());
			}
			if (StringUtils.hasText(query.text()) && !params.containsKey("text")) {
				params.put("text", query.text().strip());
			}
			return new Filter(String.join(" and ", clauses), params);
		}

	}

}
