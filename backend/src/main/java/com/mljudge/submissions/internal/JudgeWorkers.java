package com.mljudge.submissions.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.mljudge.judge.Diagnostic;
import com.mljudge.judge.Judge;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.PythonRunner;
import com.mljudge.judge.Verdict;
import com.mljudge.problems.CustomRuns;
import com.mljudge.problems.ProblemJudging;
import com.mljudge.problems.ProblemVersion;
import com.mljudge.submissions.SubmissionJudged;
import com.mljudge.submissions.SubmissionJudged.Mode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Background threads that take submissions off the queue and judge them. They wake at
 * once when this instance queues work and otherwise poll, which also picks up rows whose
 * worker died mid-judging.
 */
@Component
class JudgeWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JudgeWorkers.class);

	/**
	 * How often a row is judged at most. Attempts are counted at claim time, so a claim
	 * after the first means the first attempt never finished: its worker died (a crash or
	 * restart, maybe caused by the submission itself) or failed on our side. One more
	 * try, then INTERNAL_ERROR without judging, so no submission can stop judging twice.
	 * A submission whose sandbox thread would not stop in time ({@code Judge.stalled})
	 * gets its TIME_LIMIT_EXCEEDED at once and is never claimed again.
	 */
	static final int MAX_ATTEMPTS = 2;

	/** The longest wait between tries while the database is unreachable. */
	static final Duration MAX_BACK_OFF = Duration.ofSeconds(5);

	private final SubmissionQueue queue;

	private final ProblemJudging judging;

	private final CustomRuns customRuns;

	private final ResultJson resultJson;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final VerdictMetrics metrics;

	private final Leases leases;

	private final int count;

	private final boolean enabled;

	private final Duration pollInterval;

	private final InstanceProperties instance;

	private final Semaphore wakeUp = new Semaphore(0);

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	JudgeWorkers(SubmissionQueue queue, ProblemJudging judging, CustomRuns customRuns, ResultJson resultJson,
			ApplicationEventPublisher events, TransactionTemplate transactions, VerdictMetrics metrics, Leases leases,
			SubmissionsProperties properties, InstanceProperties instance) {
		this.instance = instance;
		this.queue = queue;
		this.judging = judging;
		this.customRuns = customRuns;
		this.resultJson = resultJson;
		this.events = events;
		this.transactions = transactions;
		this.metrics = metrics;
		this.leases = leases;
		this.count = properties.workers().count();
		this.enabled = properties.workers().enabled();
		this.pollInterval = properties.workers().pollInterval();
	}

	/**
	 * Called after this instance queued work, so an idle worker starts at once instead of
	 * at its next poll.
	 */
	void wakeUp() {
		this.wakeUp.release();
	}

	@Override
	public synchronized void start() {
		if (!this.enabled || this.running) {
			return;
		}
		this.running = true;
		String instance = this.instance.nameOrUnique();
		for (int i = 0; i < this.count; i++) {
			Thread thread = new Thread(this::work, "judge-worker-" + i);
			thread.setDaemon(true);
			thread.setName("judge-worker-" + i + "@" + instance);
			this.threads.add(thread);
			thread.start();
		}
		log.info("Started {} judge worker(s)", this.count);
		// Python's engine takes seconds to build: warmed here, where it will judge.
		PythonRunner.find().ifPresent(PythonRunner::startWarmUp);
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		this.threads.forEach(Thread::interrupt);
		for (Thread thread : this.threads) {
			try {
				thread.join(TimeUnit.SECONDS.toMillis(20));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.threads.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void work() {
		String owner = Thread.currentThread().getName();
		Duration backOff = Duration.ZERO;
		while (this.running) {
			try {
				if (!this.judging.healthy()) {
					// A sandbox thread would not die: this instance stops taking work and
					// waits for its supervisor to restart it (health is DOWN); other
					// instances take the queue.
					this.wakeUp.tryAcquire(this.pollInterval.toMillis(), TimeUnit.MILLISECONDS);
					continue;
				}
				Optional<SubmissionQueue.Claimed> claimed = this.queue.claim(owner, this.leases.lease(),
						this.judging.languages());
				if (!backOff.isZero()) {
					log.info("Judge worker {} reaches the database again", owner);
					backOff = Duration.ZERO;
				}
				if (claimed.isPresent()) {
					this.leases.hold(claimed.get().id(), owner);
					try {
						judge(claimed.get(), owner);
					}
					finally {
						this.leases.let(claimed.get().id());
					}
				}
				else {
					this.wakeUp.tryAcquire(this.pollInterval.toMillis(), TimeUnit.MILLISECONDS);
					this.wakeUp.drainPermits();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// The database went away or similar: leave the row to its lease and try
				// again, less and less often (up to MAX_BACK_OFF), saying so once.
				if (backOff.isZero()) {
					log.warn("Judge worker {} could not take work; trying again, at most every {} s: {}", owner,
							MAX_BACK_OFF.toSeconds(), ex.toString());
				}
				backOff = backOff.isZero() ? this.pollInterval : min(backOff.multipliedBy(2), MAX_BACK_OFF);
				sleepQuietly(backOff);
			}
		}
	}

	private void judge(SubmissionQueue.Claimed submission, String owner) {
		JudgeResult result;
		Integer version = null;
		CustomRuns.CustomRun custom = null;
		if (submission.attempts() > MAX_ATTEMPTS) {
			result = internalError("Judging this submission did not finish " + MAX_ATTEMPTS
					+ " times (the judge stopped or failed while judging it); it is not judged again.");
		}
		else {
			try {
				if (submission.input() != null) {
					custom = this.customRuns.run(submission.problem(), submission.source(),
							this.customRuns.arguments(submission.problem(), submission.input()), submission.language());
					result = custom.result();
				}
				else {
					ProblemJudging.Judged judged = this.judging.judge(
							submission.problem(), submission.source(), (submission.mode() == Mode.RUN)
									? ProblemJudging.Scope.SAMPLES : ProblemJudging.Scope.ALL_TESTS,
							submission.language());
					result = judged.result();
					version = (judged.version() != ProblemVersion.BANK) ? judged.version() : null;
				}
			}
			catch (RuntimeException ex) {
				if (submission.attempts() < MAX_ATTEMPTS) {
					// Our failure, not the user's (say the reference timed out on a cold,
					// busy JVM): try again.
					log.warn("Judging submission {} failed on attempt {}; it goes back in the queue: {}",
							submission.id(), submission.attempts(), ex.toString());
					this.queue.release(submission.id(), owner);
					return;
				}
				log.error("Judging submission {} failed", submission.id(), ex);
				result = internalError("The judge failed on our side; the error has been logged.");
			}
		}
		if (result.verdict() == Verdict.INTERNAL_ERROR && !this.judging.healthy()) {
			// Judged by a tainted judge: not the submission's fault, so it waits for a
			// healthy worker, and this attempt does not count.
			this.queue.giveBack(submission.id(), owner);
			return;
		}
		boolean stalled = Judge.stalled(result);
		if (stalled) {
			log.warn("Submission {} did not stop within the grace period after its limit; it is not judged again",
					submission.id());
		}
		JudgeResult verdict = result;
		Integer judgedVersion = version;
		CustomRuns.CustomRun customRun = custom;
		SubmissionJudged judged = this.transactions.execute((status) -> {
			if (stalled) {
				this.queue.markStalled(submission.id(), owner);
			}
			ResultJson.StoredResult stored = this.resultJson.stored(verdict, customRun);
			String verdictName = CustomVerdicts.of(verdict.verdict(), customRun);
			return this.queue
				.complete(submission.id(), owner, verdictName, verdict.score(), verdict.compiler(),
						this.resultJson.write(stored), judgedVersion)
				.map((judgedAt) -> {
					SubmissionJudged event = new SubmissionJudged(submission.id(), submission.username(),
							submission.problem(), submission.mode(), verdictName, verdict.score(), verdict.compiler(),
							stored.timeMillis(), submission.createdAt(), judgedAt, stored.scores(),
							submission.rejudge());
					this.events.publishEvent(event);
					return event;
				})
				.orElse(null);
		});
		if (judged != null) {
			this.metrics.judged(judged, stalled);
		}
	}

	private static JudgeResult internalError(String message) {
		return new JudgeResult(Verdict.INTERNAL_ERROR, 0, null, List.of(), List.of(new Diagnostic(0, 0, message)), "");
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private void sleepQuietly(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
