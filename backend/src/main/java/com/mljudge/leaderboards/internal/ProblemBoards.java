package com.mljudge.leaderboards.internal;

import java.util.List;
import java.util.Optional;

import com.mljudge.judge.Language;
import com.mljudge.problembank.Problem;
import com.mljudge.problems.ProblemCatalog;
import com.mljudge.refusals.Refusal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads per-problem boards: one partial index per ordering, one range read per page.
 * JdbcClient: board range reads.
 */
@Service
class ProblemBoards {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final ProblemCatalog catalog;

	ProblemBoards(JdbcClient jdbc, ProblemCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/**
	 * The board's language filter from a request parameter: null or blank for all.
	 * @throws Refusal naming the languages there are
	 */
	static Language languageFilter(String id) {
		if (id == null || id.isBlank()) {
			return null;
		}
		return Language.of(id)
			.orElseThrow(
					() -> Refusal.invalid("Unknown language", "There is no language '" + id + "'; 'language' is one of "
							+ String.join(", ", Language.ids()) + ", or left out for every language."));
	}

	/** Empty when there is no such coding problem. */
	Optional<ProblemBoard> board(String slug, int page) {
		return board(slug, page, null);
	}

	/**
	 * With a {@code language}, only the rows whose counted submission (the first solve,
	 * or the best score) is in it; null for every row. A problem counts once per user,
	 * whatever the language, so a user solving it in both is ranked by the one that
	 * counts.
	 */
	Optional<ProblemBoard> board(String slug, int page, Language language) {
		Pages.requireNumber(page);
		Optional<Problem> found = this.catalog.find(slug).filter(Problem::isCoding);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Problem problem = found.get();
		boolean metric = "metric".equals(problem.coding().checker().type());
		String select = metric ? """
				select u.username, e.best_score as score, e.best_millis as millis, e.best_at as at,
				    e.best_submission as submission, coalesce(s.language, 'java') as language
				from board_entries e join users u on u.id = e.user_id
				    left join submissions s on s.id = e.best_submission
				where e.problem_slug = :slug and e.best_submission is not null
				    and (cast(:language as varchar) is null or coalesce(s.language, 'java') = :language)
				order by e.best_score desc, e.best_millis, e.best_at, e.user_id""" : """
				select u.username, 100 as score, e.solve_millis as millis, e.solved_at as at,
				    e.solve_submission as submission, coalesce(s.language, 'java') as language
				from board_entries e join users u on u.id = e.user_id
				    left join submissions s on s.id = e.solve_submission
				where e.problem_slug = :slug and e.solved_at is not null
				    and (cast(:language as varchar) is null or coalesce(s.language, 'java') = :language)
				order by e.solved_at, e.solve_millis, e.user_id""";
		String languageId = (language != null) ? language.id() : null;
		long offset = (long) page * PAGE_SIZE;
		List<ProblemBoard.Row> rows = this.jdbc.sql(select + " limit :limit offset :offset")
			.param("slug", problem.slug())
			.param("language", languageId)
			.param("limit", PAGE_SIZE)
			.param("offset", offset)
			.query((rs, n) -> new ProblemBoard.Row(offset + n + 1, rs.getString("username"), rs.getInt("score"),
					rs.getLong("millis"), rs.getTimestamp("at").toInstant(), rs.getLong("submission"),
					rs.getString("language")))
			.list();
		String counted = metric ? "best_submission" : "solve_submission";
		long total = this.jdbc
			.sql("select count(*) from board_entries e left join submissions s on s.id = e." + counted
					+ " where e.problem_slug = :slug and "
					+ (metric ? "e.best_submission is not null" : "e.solved_at is not null")
					+ " and (cast(:language as varchar) is null or coalesce(s.language, 'java') = :language)")
			.param("slug", problem.slug())
			.param("language", languageId)
			.query(Long.class)
			.single();
		return Optional.of(new ProblemBoard(problem.slug(), problem.title(), problem.difficulty().yamlName(), metric,
				rows, total, page, PAGE_SIZE, languageId));
	}

}
