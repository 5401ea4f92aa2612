package com.mljudge.leaderboards.internal;

import java.util.List;
import java.util.Optional;

import com.mljudge.problembank.Problem;
import com.mljudge.problems.ProblemCatalog;

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

	/** Empty when there is no such coding problem. */
	Optional<ProblemBoard> board(String slug, int page) {
		Pages.requireNumber(page);
		Optional<Problem> found = this.catalog.find(slug).filter(Problem::isCoding);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Problem problem = found.get();
		boolean metric = "metric".equals(problem.coding().checker().type());
		String select = metric ? """
				select u.username, e.best_score as score, e.best_millis as millis, e.best_at as at,
				    e.best_submission as submission
				from board_entries e join users u on u.id = e.user_id
				where e.problem_slug = :slug and e.best_submission is not null
				order by e.best_score desc, e.best_millis, e.best_at, e.user_id""" : """
				select u.username, 100 as score, e.solve_millis as millis, e.solved_at as at,
				    e.solve_submission as submission
				from board_entries e join users u on u.id = e.user_id
				where e.problem_slug = :slug and e.solved_at is not null
				order by e.solved_at, e.solve_millis, e.user_id""";
		long offset = (long) page * PAGE_SIZE;
		List<ProblemBoard.Row> rows = this.jdbc.sql(select + " limit :limit offset :offset")
			.param("slug", problem.slug())
			.param("limit", PAGE_SIZE)
			.param("offset", offset)
			.query((rs, n) -> new ProblemBoard.Row(offset + n + 1, rs.getString("username"), rs.getInt("score"),
					rs.getLong("millis"), rs.getTimestamp("at").toInstant(), rs.getLong("submission")))
			.list();
		long total = this.jdbc
			.sql("select count(*) from board_entries where problem_slug = :slug and "
					+ (metric ? "best_submission is not null" : "solved_at is not null"))
			.param("slug", problem.slug())
			.query(Long.class)
			.single();
		return Optional.of(new ProblemBoard(problem.slug(), problem.title(), problem.difficulty().yamlName(), metric,
				rows, total, page, PAGE_SIZE));
	}

}
