package com.mljudge.submissions.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether any instance judges: one with workers writes a heartbeat row every few seconds
 * (and removes it when it stops), and every instance's health ({@code judgeWorkers}, part
 * of readiness) is DOWN when no row is fresh. A web-only instance would otherwise queue
 * submissions with health UP while nobody judges them. JdbcClient: one heartbeat row
 * upserted, and a count of fresh ones.
 */
@Component("judgeWorkersHealthIndicator")
class WorkerHeartbeats implements HealthIndicator, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WorkerHeartbeats.class);

	/** Missed heartbeats after which an instance's workers count as gone. */
	private static final int MISSED = 3;

	private final String instance;

	private final JdbcClient jdbc;

	private final int workers;

	private final boolean enabled;

	private final Duration every;

	private ScheduledExecutorService beat;

	WorkerHeartbeats(JdbcClient jdbc, SubmissionsProperties properties, InstanceProperties instance) {
		this.instance = instance.nameOrUnique();
		this.jdbc = jdbc;
		this.workers = properties.workers().count();
		this.enabled = properties.workers().enabled();
		this.every = properties.workers().heartbeat();
	}

	@Override
	public Health health() {
		int alive;
		try {
			alive = heartbeats();
		}
		catch (DataAccessException ex) {
			// Readiness must answer DOWN, not throw: an exception here turned the whole
			// health answer into the site's "database away" page.
			return Health.down().withDetail("reason", "the database is not answering").build();
		}
		if (alive > 0) {
			return Health.up().withDetail("workers", alive).build();
		}
		return Health.down()
			.withDetail("reason",
					"No judge worker has reported on any instance: submissions are queued but not judged "
							+ "until an instance with judge.workers.enabled=true runs.")
			.build();
	}

	private int heartbeats() {
		return this.jdbc
			.sql("select coalesce(sum(workers), 0) from judge_worker_heartbeats"
					+ " where seen_at > now() - make_interval(secs => :seconds)")
			.param("seconds", this.every.toMillis() * MISSED / 1000.0)
			.query(Integer.class)
			.single();
	}

	@Override
	public synchronized void start() {
		if (!this.enabled || this.beat != null) {
			return;
		}
		this.beat = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "judge-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		this.beat.scheduleWithFixedDelay(this::beat, 0, this.every.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void beat() {
		try {
			this.jdbc.sql("""
					insert into judge_worker_heartbeats (instance, workers, seen_at) values (:instance, :workers, now())
					on conflict (instance) do update set workers = excluded.workers, seen_at = now()
					""").param("instance", this.instance).param("workers", this.workers).update();
			// Rows of instances that died without removing theirs.
			this.jdbc.sql("delete from judge_worker_heartbeats where seen_at < now() - interval '1 day'").update();
		}
		catch (RuntimeException ex) {
			// The database is away; the row goes stale and health says so.
			log.debug("No heartbeat: {}", ex.toString());
		}
	}

	@Override
	public synchronized void stop() {
		if (this.beat == null) {
			return;
		}
		this.beat.shutdown();
		try {
			// A beat under way would write the row again after it is removed.
			this.beat.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.beat = null;
		try {
			this.jdbc.sql("delete from judge_worker_heartbeats where instance = :instance")
				.param("instance", this.instance)
				.update();
		}
		catch (RuntimeException ex) {
			log.debug("Heartbeat row left to go stale: {}", ex.toString());
		}
	}

	@Override
	public boolean isRunning() {
		return this.beat != null;
	}

}
