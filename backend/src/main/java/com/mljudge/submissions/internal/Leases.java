package com.mljudge.submissions.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Keeps the leases of the rows this instance is judging alive. A lease is short
 * ({@code judge.workers.lease}, 15 s) and renewed every third of it while the row is
 * judged, so a judgement may take as long as it needs, yet the rows of an instance that
 * died come back to the queue within one lease instead of after the longest possible
 * judgement. A renewal that finds the row no longer ours (the database was away longer
 * than a lease and another worker took it) changes nothing: the verdict is then refused
 * at completion, since it checks the owner.
 */
@Component
class Leases implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Leases.class);

	private final SubmissionQueue queue;

	private final Duration lease;

	private final Map<Long, String> held = new ConcurrentHashMap<>();

	private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "lease-renewal");
		thread.setDaemon(true);
		return thread;
	});

	Leases(SubmissionQueue queue, SubmissionsProperties properties) {
		this.queue = queue;
		this.lease = properties.workers().lease();
		long every = Math.max(100, lease.toMillis() / 3);
		this.renewals.scheduleWithFixedDelay(this::renewNow, every, every, TimeUnit.MILLISECONDS);
	}

	Duration lease() {
		return this.lease;
	}

	/** From claim to verdict (or release), the row's lease is renewed. */
	void hold(long id, String owner) {
		this.held.put(id, owner);
	}

	void let(long id) {
		this.held.remove(id);
	}

	/** Renews every held lease now (the timer does so every third of a lease). */
	void renewNow() {
		this.held.forEach((id, owner) -> {
			try {
				if (!this.queue.renew(id, owner, this.lease)) {
					log.warn("Submission {} is no longer held by {}; another worker took it over", id, owner);
					this.held.remove(id, owner);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not renew the lease of submission {}: {}", id, ex.toString());
			}
		});
	}

	@Override
	public void destroy() {
		this.renewals.shutdownNow();
	}

}
