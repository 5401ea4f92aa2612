package com.mljudge.submissions.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The queue as health sees it (contributor {@code judgeQueue}, part of readiness): DOWN
 * when it cannot be read (the database is away), {@code DELAYED} when the oldest queued
 * submission (rejudges aside, which wait behind fresh work on purpose) has waited longer
 * than {@code judge.queue.max-wait}: workers are missing, stuck or too few. DELAYED
 * answers 200, so a load balancer keeps sending traffic while monitors see the word.
 */
@Component("judgeQueue")
class QueueHealth implements HealthIndicator {

	static final Status DELAYED = new Status("DELAYED", "The oldest queued submission has waited too long");

	private final SubmissionQueue queue;

	private final Duration maxWait;

	@Autowired
	QueueHealth(SubmissionQueue queue, SubmissionsProperties properties) {
		this(queue, properties.queue().maxWait());
	}

	QueueHealth(SubmissionQueue queue, Duration maxWait) {
		this.queue = queue;
		this.maxWait = maxWait;
	}

	@Override
	public Health health() {
		SubmissionQueue.Depth depth;
		try {
			depth = this.queue.depth();
		}
		catch (RuntimeException ex) {
			return Health.down()
				.withDetail("error", "The queue cannot be read: " + ex.getClass().getSimpleName())
				.build();
		}
		Health.Builder health = (depth.oldestQueued().compareTo(this.maxWait) > 0) ? Health.status(DELAYED)
				: Health.up();
		return health.withDetail("queued", depth.queued())
			.withDetail("running", depth.running())
			.withDetail("oldestQueuedSeconds", depth.oldestQueued().toSeconds())
			.withDetail("maxWaitSeconds", this.maxWait.toSeconds())
			.build();
	}

}
