package com.mljudge.submissions.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's health: UP while the oldest queued submission waited less than the limit,
 * DELAYED past it, DOWN when the queue cannot be read.
 */
class QueueHealthTests {

	private static final Duration LIMIT = Duration.ofMinutes(2);

	@Test
	void upWhileTheOldestQueuedSubmissionIsRecent() {
		assertThat(health(Duration.ofSeconds(5)).getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void delayedWhenTheOldestQueuedSubmissionWaitedTooLong() {
		var health = health(Duration.ofMinutes(3));
		assertThat(health.getStatus()).isEqualTo(QueueHealth.DELAYED);
		assertThat(health.getDetails()).containsEntry("oldestQueuedSeconds", 180L).containsEntry("queued", 7L);
	}

	@Test
	void downWhenTheQueueCannotBeRead() {
		SubmissionQueue unreadable = new SubmissionQueue(null) {
			@Override
			Depth depth() {
				throw new IllegalStateException("no connection");
			}
		};
		assertThat(new QueueHealth(unreadable, LIMIT).health().getStatus()).isEqualTo(Status.DOWN);
	}

	private static org.springframework.boot.health.contributor.Health health(Duration oldest) {
		SubmissionQueue queue = new SubmissionQueue(null) {
			@Override
			Depth depth() {
				return new Depth(7, 1, oldest);
			}
		};
		return new QueueHealth(queue, LIMIT).health();
	}

}
