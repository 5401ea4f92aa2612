package com.mljudge.leaderboards.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.mljudge.submissions.SubmissionJudged;
import com.mljudge.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's bookkeeping, driven by handing verdicts straight to the listener (in a
 * transaction, as the event infrastructure does) so that solve times can lie in the past:
 * periods, topics, the points scale, tie-breaks and replays. The event path itself is
 * covered over HTTP in the module's other tests.
 */
@IntegrationTest
class BoardUpdatesTests {

	private static final AtomicLong IDS = new AtomicLong(9_000_000_000L);

	@Autowired
	BoardUpdates updates;

	@Autowired
	Boards boards;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void pointsFollowDifficulty() {
		String user = newUser();
		deliver(accepted(user, "euclidean-distance", Instant.now()));
		deliver(accepted(user, "kmeans", Instant.now()));
		deliver(accepted(user, "pca", Instant.now()));
		assertThat(standing(user, BoardPeriod.ALL, null).points()).isEqualTo(10 + 20 + 40);
		assertThat(standing(user, BoardPeriod.ALL, null).solved()).isEqualTo(3);
	}

	@Test
	void periodsCountOnlySolvesInsideThem() {
		String user = newUser();
		deliver(accepted(user, "mse", Instant.now().minus(Duration.ofDays(70))));
		deliver(accepted(user, "euclidean-distance", Instant.now()));
		assertThat(standing(user, BoardPeriod.ALL, null).points()).isEqualTo(20);
		assertThat(standing(user, BoardPeriod.MONTH, null).points()).isEqualTo(10);
		assertThat(standing(user, BoardPeriod.WEEK, null).points()).isEqualTo(10);
		assertThat(standing(user, BoardPeriod.WEEK, null).solved()).isEqualTo(1);
	}

	@Test
	void topicsCountOnlyProblemsTaggedWithThem() {
		String user = newUser();
		deliver(accepted(user, "mse", Instant.now().minus(Duration.ofDays(70))));
		deliver(accepted(user, "euclidean-distance", Instant.now()));
		assertThat(standing(user, BoardPeriod.ALL, "regression").points()).isEqualTo(10);
		assertThat(standing(user, BoardPeriod.ALL, "linear-algebra").points()).isEqualTo(10);
		assertThat(standing(user, BoardPeriod.WEEK, "regression")).isNull();
		assertThat(standing(user, BoardPeriod.ALL, "cnn")).isNull();
	}

	@Test
	void onlyTheFirstAcceptedSubmissionEarnsPoints() {
		String user = newUser();
		Instant first = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS);
		deliver(judged(user, "euclidean-distance", "WRONG_ANSWER", 40, Instant.now().minus(Duration.ofHours(3)),
				false));
		deliver(accepted(user, "euclidean-distance", Instant.now()));
		deliver(accepted(user, "euclidean-distance", first));
		Standing standing = standing(user, BoardPeriod.ALL, null);
		assertThat(standing.points()).isEqualTo(10);
		assertThat(standing.solved()).isEqualTo(1);
		assertThat(standing.reachedAt()).isEqualTo(first);
	}

	@Test
	void theSameVerdictDeliveredTwiceCountsOnce() {
		String user = newUser();
		SubmissionJudged event = accepted(user, "euclidean-distance", Instant.now());
		deliver(event);
		deliver(event);
		deliver(event);
		assertThat(standing(user, BoardPeriod.ALL, null).points()).isEqualTo(10);
		assertThat(this.jdbc.sql("""
				select count(*) from board_totals b join users u on u.id = b.user_id where u.username = :user
				  and b.period = 'all' and b.topic = ''""").param("user", user).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void equalPointsRankWhoeverReachedThemFirst() {
		String early = newUser();
		String late = newUser();
		Instant now = Instant.now();
		// Delivered out of order on purpose: the solve times decide, not the arrival.
		deliver(accepted(late, "mse", now.minus(Duration.ofMinutes(1))));
		deliver(accepted(early, "mse", now.minus(Duration.ofMinutes(5))));
		Standing first = standing(early, BoardPeriod.ALL, null);
		Standing second = standing(late, BoardPeriod.ALL, null);
		assertThat(first.points()).isEqualTo(second.points());
		assertThat(first.rank()).isLessThan(second.rank());
		List<String> order = this.boards.page(BoardPeriod.ALL, null, 0, null)
			.standings()
			.stream()
			.map(Standing::name)
			.filter((name) -> name.equals(early) || name.equals(late))
			.toList();
		if (order.size() == 2) {
			assertThat(order).containsExactly(early, late);
		}
	}

	@Test
	void runsDoNotCount() {
		String user = newUser();
		SubmissionJudged event = accepted(user, "euclidean-distance", Instant.now());
		deliver(new SubmissionJudged(event.id(), user, event.problem(), SubmissionJudged.Mode.RUN, "ACCEPTED", 100,
				"janino", 3, event.submittedAt(), event.judgedAt(), List.of(), false));
		assertThat(standing(user, BoardPeriod.ALL, null)).isNull();
	}

	private Standing standing(String user, BoardPeriod period, String topic) {
		return this.boards.page(period, topic, 0, user).me();
	}

	private void deliver(SubmissionJudged event) {
		this.transactions.executeWithoutResult((status) -> this.updates.apply(event));
	}

	private static SubmissionJudged accepted(String user, String problem, Instant at) {
		return judged(user, problem, "ACCEPTED", 100, at, false);
	}

	private static SubmissionJudged judged(String user, String problem, String verdict, int score, Instant at,
			boolean rejudge) {
		return new SubmissionJudged(IDS.incrementAndGet(), user, problem, SubmissionJudged.Mode.SUBMIT, verdict, score,
				"janino", 5, at, at.plusMillis(20), List.of(), rejudge);
	}

	private String newUser() {
		String name = "bu" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.jdbc.sql("insert into users (username, password_hash) values (:name, '!')").param("name", name).update();
		return name;
	}

}
