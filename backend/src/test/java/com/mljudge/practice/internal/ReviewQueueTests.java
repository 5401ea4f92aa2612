package com.mljudge.practice.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mljudge.practice.internal.Reviews.QueueEntry;
import com.mljudge.practice.internal.Reviews.ReviewOutcome;
import com.mljudge.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The per-user due queue in PostgreSQL, driven with explicit times instead of waiting
 * days.
 */
@IntegrationTest
class ReviewQueueTests {

	private static final Instant DAY_0 = Instant.parse("2026-01-05T09:00:00Z");

	@Autowired
	Reviews reviews;

	@Autowired
	JdbcTemplate jdbc;

	private final Fsrs fsrs = Fsrs.withDefaults();

	@Test
	void newQuestionsComeInBankOrderAndLeaveTheQueueOnceReviewed() {
		String user = user();
		List<QueueEntry> before = this.reviews.queue(user, "nlp", DAY_0);
		assertThat(before).isNotEmpty().allMatch(QueueEntry::isNew);
		String first = before.get(0).question().slug();

		ReviewOutcome outcome = this.reviews.review(user, first, Grade.GOOD, DAY_0);
		assertThat(outcome.intervalDays()).isEqualTo(2);
		assertThat(outcome.dueAt()).isEqualTo(DAY_0.plus(Duration.ofDays(2)));
		assertThat(this.reviews.queue(user, "nlp", DAY_0)).extracting((e) -> e.question().slug()).doesNotContain(first);
	}

	@Test
	void cardsComeBackFirstWhenDueAndFollowTheFsrsSchedule() {
		String user = user();
		String slug = "bias-and-variance";
		this.reviews.review(user, slug, Grade.GOOD, DAY_0);
		Instant day2 = DAY_0.plus(Duration.ofDays(2));
		List<QueueEntry> due = this.reviews.queue(user, null, day2);
		assertThat(due.get(0).question().slug()).isEqualTo(slug);
		assertThat(due.get(0).isNew()).isFalse();

		ReviewOutcome second = this.reviews.review(user, slug, Grade.GOOD, day2);
		Memory expected = this.fsrs.next(this.fsrs.first(Grade.GOOD), 2, Grade.GOOD);
		assertThat(second.stability()).isCloseTo(expected.stability(), within(1e-9));
		assertThat(second.intervalDays()).isEqualTo(11);

		Instant forgotten = day2.plus(Duration.ofDays(11));
		this.reviews.review(user, slug, Grade.AGAIN, forgotten);
		assertThat(this.jdbc.queryForObject("select lapses from review_cards where username = ? and question_slug = ?",
				Integer.class, user, slug))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from review_log where username = ?", Integer.class, user))
			.isEqualTo(3);
	}

	@Test
	void previewShowsTheIntervalEachGradeWouldGive() {
		String user = user();
		assertThat(this.reviews.preview(user, "bias-and-variance", DAY_0)).containsExactly(
				java.util.Map.entry(Grade.AGAIN, 1), java.util.Map.entry(Grade.HARD, 1),
				java.util.Map.entry(Grade.GOOD, 2), java.util.Map.entry(Grade.EASY, 8));
		this.reviews.review(user, "bias-and-variance", Grade.GOOD, DAY_0);
		var onTime = this.reviews.preview(user, "bias-and-variance", DAY_0.plus(Duration.ofDays(2)));
		assertThat(onTime.get(Grade.GOOD)).isEqualTo(11);
		assertThat(onTime.get(Grade.AGAIN)).isLessThan(onTime.get(Grade.HARD));
		assertThat(onTime.get(Grade.HARD)).isLessThan(onTime.get(Grade.GOOD));
		assertThat(onTime.get(Grade.GOOD)).isLessThan(onTime.get(Grade.EASY));
	}

	@Test
	void progressCountsDueAndNewPerTopicWithMasteryFromRetrievability() {
		String user = user();
		this.reviews.review(user, "bias-and-variance", Grade.EASY, DAY_0);
		var fundamentals = this.reviews.progress(user, DAY_0).get("fundamentals");
		assertThat(fundamentals.due()).isZero();
		assertThat(fundamentals.fresh()).isEqualTo(fundamentals.total() - 1);
		assertThat(fundamentals.mastery()).isCloseTo(1.0 / fundamentals.total(), within(1e-9));

		var later = this.reviews.progress(user, DAY_0.plus(Duration.ofDays(8))).get("fundamentals");
		assertThat(later.due()).isEqualTo(1);
		assertThat(later.mastery() * later.total()).isCloseTo(0.9, within(0.02));
	}

	private static String user() {
		return "queue" + System.nanoTime() % 1_000_000_000;
	}

}
