package com.mljudge.submissions.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.mljudge.submissions.SubmissionJudged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Lets an API client wait for a verdict instead of polling: a waiter parks until this
 * instance commits the verdict. Verdicts stored by another instance are seen when the
 * waiter's slice runs out and it reads the row again, so waiting works behind a load
 * balancer too, only less promptly.
 */
@Component
class VerdictWaiters {

	private final Map<Long, CountDownLatch> waiting = new ConcurrentHashMap<>();

	/**
	 * Registers interest before the caller reads the row, so a verdict stored in between
	 * is not missed.
	 */
	CountDownLatch register(long id) {
		return this.waiting.computeIfAbsent(id, (key) -> new CountDownLatch(1));
	}

	void await(long id, CountDownLatch latch, Duration slice) throws InterruptedException {
		if (!latch.await(slice.toMillis(), TimeUnit.MILLISECONDS)) {
			forget(id, latch);
		}
	}

	/**
	 * The waiter is done: a latch registered for a verdict that was already stored would
	 * never be released.
	 */
	void forget(long id, CountDownLatch latch) {
		this.waiting.remove(id, latch);
	}

	@TransactionalEventListener
	void judged(SubmissionJudged event) {
		CountDownLatch latch = this.waiting.remove(event.id());
		if (latch != null) {
			latch.countDown();
		}
	}

}
