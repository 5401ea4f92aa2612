package com.mljudge.leaderboards;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.Await;
import com.mljudge.support.ForkedApp;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verdict's consequences survive {@code kill -9}: the app is killed during a burst of
 * accepted submissions while the boards' listener is held up (a test transaction locks
 * board_entries), so verdicts are committed whose board updates never ran. Started again
 * the README way, with the boards' reconciliation pushed out of the test's reach, the
 * event publication registry alone must bring every board entry and total in line with
 * the submissions, and every submission must be judged.
 */
class BoardsSurviveKillTests {

	private static final List<String> PROBLEMS = List.of("euclidean-distance", "mse");

	private static final int USERS = 20;

	private static final int PER_PROBLEM = 3;

	@Test
	void everyAcceptedSubmissionReachesTheBoardsAfterAKillDuringABurst() throws Exception {
		Path dataDir = TestDatabase.temporaryFolder();
		try (ForkedApp app = new ForkedApp(dataDir, "--judge.workers.count=1",
				"--judge.boards.reconcile-first=PT10H")) {
			app.start();
			int total = USERS * PROBLEMS.size() * PER_PROBLEM;
			try (Connection db = app.connect(); Connection holder = app.connect()) {
				queueBurst(db);
				holder.setAutoCommit(false);
				try (Statement statement = holder.createStatement()) {
					statement.execute("lock table board_entries in exclusive mode");
				}
				Await.until("a third of the burst to be judged", Duration.ofMinutes(4),
						() -> count(db, "select count(*) from submissions where status = 'DONE'"),
						(judged) -> judged >= total / 3);
				app.kill();
				long judged = count(db, "select count(*) from submissions where status = 'DONE'");
				long outstanding = count(db, "select count(*) from event_publication where completion_date is null");
				assertThat(judged).as(app.tail()).isGreaterThanOrEqualTo(total / 3).isLessThan(total);
				// Every verdict committed so far waits for its board update, which the
				// kill cut short: they are in the registry, not on the boards.
				assertThat(outstanding).isGreaterThanOrEqualTo(judged);
				assertThat(count(db, "select count(*) from board_entries")).isZero();
				holder.rollback();
			}

			app.start();
			try (Connection db = app.connect()) {
				Await.until("every verdict and its board update", Duration.ofMinutes(4),
						() -> count(db, "select count(*) from submissions where status <> 'DONE'")
								+ count(db, "select count(*) from event_publication where completion_date is null"),
						(left) -> left == 0);
				assertThat(count(db, "select count(*) from submissions where status <> 'DONE'")).as(app.tail())
					.isZero();
				assertThat(count(db, "select count(*) from submissions where verdict <> 'ACCEPTED'")).as(app.tail())
					.isZero();
				assertThat(count(db, "select count(*) from event_publication where completion_date is null"))
					.as(app.tail())
					.isZero();
				assertThat(entries(db, "select user_id || '/' || problem_slug, solve_submission from board_entries"))
					.isEqualTo(entries(db, """
							select distinct on (user_id, problem_slug) user_id || '/' || problem_slug, id
							from submissions order by user_id, problem_slug, created_at, id"""));
				assertThat(entries(db,
						"select user_id::text, points from board_totals where period = 'all' and topic = ''"))
					.hasSize(USERS)
					.allSatisfy((user, points) -> assertThat(points).isEqualTo(10L * PROBLEMS.size()));
			}
		}
	}

	private static void queueBurst(Connection db) throws SQLException {
		ProblemBank bank = ProblemBank.loadFromClasspath();
		db.setAutoCommit(false);
		try (PreparedStatement user = db
			.prepareStatement("insert into users (username, password_hash) values (?, 'not-a-hash') returning id");
				PreparedStatement submission = db.prepareStatement(
						"insert into submissions (user_id, problem_slug, mode, source) values (?, ?, 'SUBMIT', ?)")) {
			for (int u = 0; u < USERS; u++) {
				user.setString(1, "burst-" + u);
				long id;
				try (ResultSet rs = user.executeQuery()) {
					rs.next();
					id = rs.getLong(1);
				}
				for (String problem : PROBLEMS) {
					for (int i = 0; i < PER_PROBLEM; i++) {
						submission.setLong(1, id);
						submission.setString(2, problem);
						submission.setString(3, bank.get(problem).coding().referenceSource());
						submission.addBatch();
					}
				}
			}
			submission.executeBatch();
		}
		db.commit();
		db.setAutoCommit(true);
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static Map<String, Long> entries(Connection db, String sql) throws SQLException {
		Map<String, Long> entries = new HashMap<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				entries.put(rs.getString(1), rs.getLong(2));
			}
		}
		return entries;
	}

}
