package com.mljudge.submissions.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.mljudge.database.Signals;
import com.mljudge.submissions.SubmissionJudged;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Lets API clients wait for a verdict without holding a request thread: each wait is a
 * parked callback, answered by one ticker thread when a verdict is stored on any instance
 * (a signal sent with its commit, so waiting works behind a load balancer too), or when
 * the wait is over. A slow read of the open waits' rows catches verdicts whose signal was
 * missed. Each user may keep only a few waits open, so one client cannot park thousands
 * of connections. JdbcClient: one read of the open waits' status by id list.
 */
@Component
class VerdictWaiters {

	private static final Logger log = LoggerFactory.getLogger(VerdictWaiters.class);

	static final String CHANNEL = "verdict_stored";

	/** How often waits are checked against their deadlines. */
	private static final Duration SLICE = Duration.ofMillis(250);

	/** One open wait: what to read when it ends and whom to give it to. */
	private record Wait(long id, String user, long deadlineNanos, Supplier<Optional<SubmissionView>> read,
			Consumer<Optional<SubmissionView>> answer) {
	}

	private final Set<Wait> open = ConcurrentHashMap.newKeySet();

	private final Map<String, Integer> perUser = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final int maxPerUser;

	private final Signals signals;

	private final Signals.Subscription subscription;

	/** How often open waits read their rows, for verdicts whose signal was missed. */
	private final long recheckNanos;

	private volatile long lastReadNanos = System.nanoTime();

	/**
	 * Set when a verdict may have come without a signal to the open waits (signals were
	 * lost, or a wait opened just after its signal): the next tick reads the rows.
	 */
	private volatile boolean readSoon;

	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "verdict-waiters");
		thread.setDaemon(true);
		return thread;
	});

	VerdictWaiters(JdbcClient jdbc, Signals signals, SubmissionsProperties properties) {
		this.jdbc = jdbc;
		this.maxPerUser = properties.api().openWaitsPerUser();
		this.signals = signals;
		this.recheckNanos = properties.api().waitRecheck().toNanos();
		this.subscription = signals.listen(CHANNEL, new Signals.Receiver() {
			@Override
			public void signal(String payload) {
				stored(Long.parseLong(payload));
			}

			@Override
			public void missed() {
				VerdictWaiters.this.readSoon = true;
			}
		});
		this.ticker.scheduleWithFixedDelay(this::tick, SLICE.toMillis(), SLICE.toMillis(), TimeUnit.MILLISECONDS);
	}

	int maxPerUser() {
		return this.maxPerUser;
	}

	/** Waits open now, of all users. */
	int open() {
		return this.open.size();
	}

	/**
	 * Parks a wait for submission {@code id}; {@code answer} gets the row as {@code read}
	 * finds it once it is done or the wait is over (null if it could not be read).
	 * @return a handle that forgets the wait (the client went away); null, with nothing
	 * parked, when {@code user} already has the most open waits allowed
	 */
	Runnable open(long id, String user, Duration wait, Supplier<Optional<SubmissionView>> read,
			Consumer<Optional<SubmissionView>> answer) {
		String key = user.toLowerCase(Locale.ROOT);
		boolean[] admitted = { false };
		this.perUser.compute(key, (k, count) -> {
			int now = (count != null) ? count : 0;
			if (now >= this.maxPerUser) {
				return count;
			}
			admitted[0] = true;
			return now + 1;
		});
		if (!admitted[0]) {
			return null;
		}
		Wait parked = new Wait(id, key, System.nanoTime() + wait.toNanos(), read, answer);
		this.open.add(parked);
		// A verdict stored between the caller's first read and now is found by the next
		// tick.
		this.readSoon = true;
		return () -> forget(parked);
	}

	/**
	 * Tells every instance's waits, with the verdict's commit. Not an
	 * {@code @ApplicationModuleListener}: the signal must be sent in the publisher's
	 * transaction (PostgreSQL delivers it on commit), not in a transaction of its own
	 * later.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void judged(SubmissionJudged event) {
		this.signals.send(CHANNEL, Long.toString(event.id()));
	}

	private void stored(long id) {
		// Answered on the ticker, never on the thread that delivers signals.
		this.ticker.execute(() -> this.open.stream().filter((w) -> w.id() == id).toList().forEach(this::end));
	}

	private void tick() {
		try {
			if (this.open.isEmpty()) {
				return;
			}
			long now = System.nanoTime();
			List<Wait> waits = new ArrayList<>(this.open);
			Set<Long> done = Set.of();
			if (this.readSoon || now - this.lastReadNanos >= this.recheckNanos) {
				this.readSoon = false;
				this.lastReadNanos = now;
				List<Long> ids = waits.stream().map(Wait::id).distinct().toList();
				done = Set.copyOf(this.jdbc.sql("select id from submissions where status = 'DONE' and id in (:ids)")
					.param("ids", ids)
					.query(Long.class)
					.list());
			}
			for (Wait wait : waits) {
				if (done.contains(wait.id()) || now - wait.deadlineNanos() >= 0) {
					end(wait);
				}
			}
		}
		catch (RuntimeException ex) {
			// The database went away for a moment: the waits stay open until the next
			// tick
			// or their end.
			log.warn("Could not check waiting verdicts: {}", ex.toString());
		}
	}

	private void end(Wait wait) {
		if (!forget(wait)) {
			return;
		}
		Optional<SubmissionView> view;
		try {
			view = wait.read().get();
		}
		catch (RuntimeException ex) {
			log.warn("Could not read submission {} for a waiting client: {}", wait.id(), ex.toString());
			view = null;
		}
		wait.answer().accept(view);
	}

	private boolean forget(Wait wait) {
		if (!this.open.remove(wait)) {
			return false;
		}
		this.perUser.computeIfPresent(wait.user(), (k, count) -> (count <= 1) ? null : count - 1);
		return true;
	}

	@PreDestroy
	void stop() {
		this.subscription.close();
		this.ticker.shutdownNow();
	}

}
