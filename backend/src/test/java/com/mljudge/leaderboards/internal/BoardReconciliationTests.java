package com.mljudge.leaderboards.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.Await;
import com.mljudge.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciliation finds boards that drifted from the submissions (an entry lost, one
 * that should not be there, totals gone) and repairs them from the submissions; a second
 * pass then finds nothing to do.
 */
@IntegrationTest
class BoardReconciliationTests {

	private static final ProblemBank BANK = ProblemBank.loadFromClasspath();

	@Autowired
	BoardReconciliation reconciliation;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void repairsBoardsThatDriftedFromTheSubmissions() throws InterruptedException {
		String user = "drift-" + UUID.randomUUID().toString().substring(0, 8);
		long userId = this.jdbc.queryForObject(
				"insert into users (username, password_hash) values (?, 'not-a-hash') returning id", Long.class, user);
		long first = judgedAccepted(userId, "euclidean-distance");
		long second = judgedAccepted(userId, "mse");
		awaitEntries(userId, 2);

		this.jdbc.update("delete from board_entries where user_id = ? and problem_slug = 'mse'", userId);
		this.jdbc.update("delete from board_totals where user_id = ? and period = 'all'", userId);
		this.jdbc.update("""
				insert into board_entries (user_id, problem_slug, solved_at, solve_submission, solve_millis, points,
				    best_score, best_millis, best_at, best_submission)
				values (?, 'pca', now(), 424242, 1, 40, 100, 1, now(), 424242)""", userId);

		BoardReconciliation.Outcome repaired = this.reconciliation.reconcile();

		assertThat(repaired.entriesRepaired()).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.queryForMap("""
				select string_agg(problem_slug || ':' || solve_submission, ',' order by problem_slug) as solves
				from board_entries where user_id = ?""", userId))
			.isEqualTo(Map.of("solves", "euclidean-distance:" + first + ",mse:" + second));
		assertThat(this.jdbc.queryForList(
				"select points from board_totals where user_id = ? and period = 'all' and topic = ''", Integer.class,
				userId))
			.isEqualTo(List.of(20));
		assertThat(this.reconciliation.reconcile().entriesRepaired()).isZero();
	}

	@Test
	void theScheduledPassRunsOnOneInstancePerPeriod() throws InterruptedException {
		String user = "turns-" + UUID.randomUUID().toString().substring(0, 8);
		long userId = this.jdbc.queryForObject(
				"insert into users (username, password_hash) values (?, 'not-a-hash') returning id", Long.class, user);
		judgedAccepted(userId, "euclidean-distance");
		awaitEntries(userId, 1);
		this.jdbc.update("delete from job_turns where job = ?", BoardReconciliation.JOB);

		this.jdbc.update("delete from board_entries where user_id = ?", userId);
		this.reconciliation.scheduled();
		assertThat(entries(userId)).as("the first pass of the period repairs").isEqualTo(1);

		// Another instance's timer in the same period: the turn is taken, nothing is
		// read.
		this.jdbc.update("delete from board_entries where user_id = ?", userId);
		this.reconciliation.scheduled();
		assertThat(entries(userId)).isZero();
		this.reconciliation.reconcile();
		assertThat(entries(userId)).isEqualTo(1);
	}

	private long judgedAccepted(long userId, String problem) throws InterruptedException {
		long id = this.jdbc.queryForObject(
				"""
						insert into submissions (user_id, problem_slug, mode, source) values (?, ?, 'SUBMIT', ?) returning id""",
				Long.class, userId, problem, BANK.get(problem).coding().referenceSource());
		String verdict = Await.until("submission " + id + "'s verdict",
				() -> this.jdbc.queryForObject("select verdict from submissions where id = ?", String.class, id),
				Objects::nonNull);
		assertThat(verdict).isEqualTo("ACCEPTED");
		return id;
	}

	private void awaitEntries(long userId, int count) throws InterruptedException {
		Await.until(count + " board entries of user " + userId, () -> entries(userId), (n) -> n >= count);
		assertThat(entries(userId)).isEqualTo(count);
	}

	private int entries(long userId) {
		return this.jdbc.queryForObject("select count(*) from board_entries where user_id = ?", Integer.class, userId);
	}

}
