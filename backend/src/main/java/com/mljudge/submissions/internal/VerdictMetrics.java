package com.mljudge.submissions.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.mljudge.judge.Verdict;
import com.mljudge.submissions.SubmissionJudged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * What operators watch (at {@code /actuator/prometheus}, every meter tagged with the
 * instance): the queue's depth and its oldest queued submission's age (read from the
 * database at most once a second, shared by every instance), and this instance's verdicts
 * by type and mode, submit-to-verdict latency as a histogram, and sandbox runs killed by
 * a limit or left stalled.
 */
@Component
class VerdictMetrics {

	private static final Duration DEPTH_MAX_AGE = Duration.ofSeconds(1);

	private final MeterRegistry registry;

	private final SubmissionQueue queue;

	private final AtomicReference<Sample> depth = new AtomicReference<>();

	private record Sample(Instant at, SubmissionQueue.Depth depth) {
	}

	VerdictMetrics(MeterRegistry registry, SubmissionQueue queue) {
		this.registry = registry;
		this.queue = queue;
		Gauge.builder("judge.queue.depth", this, (m) -> m.depth().map((d) -> (double) d.queued()).orElse(Double.NaN))
			.description("Submissions and runs waiting in the queue")
			.register(registry);
		Gauge.builder("judge.queue.running", this, (m) -> m.depth().map((d) -> (double) d.running()).orElse(Double.NaN))
			.description("Submissions and runs being judged, by any instance")
			.register(registry);
		Gauge
			.builder("judge.queue.oldest.age", this,
					(m) -> m.depth().map((d) -> d.oldestQueued().toMillis() / 1000.0).orElse(Double.NaN))
			.description("How long the oldest queued submission (rejudges aside) has waited")
			.baseUnit("seconds")
			.register(registry);
		for (String reason : new String[] { "time", "memory", "output", "stalled" }) {
			kills(reason);
		}
	}

	/** Called once a verdict is stored. */
	void judged(SubmissionJudged event, boolean stalled) {
		Counter.builder("judge.verdicts")
			.description("Verdicts stored by this instance")
			.tag("verdict", event.verdict())
			.tag("mode", event.mode().name())
			.register(this.registry)
			.increment();
		if (!event.rejudge()) {
			Timer.builder("judge.verdict.latency")
				.description("From submission to stored verdict")
				.tag("mode", event.mode().name())
				.publishPercentileHistogram()
				.minimumExpectedValue(Duration.ofMillis(5))
				.maximumExpectedValue(Duration.ofMinutes(5))
				.register(this.registry)
				.record(Duration.between(event.submittedAt(), event.judgedAt()));
		}
		String kill = stalled ? "stalled" : kill(event.verdict());
		if (kill != null) {
			kills(kill).increment();
		}
	}

	private Counter kills(String reason) {
		return Counter.builder("judge.sandbox.kills")
			.description("Sandbox runs stopped by a limit, or whose thread would not stop (stalled)")
			.tag("reason", reason)
			.register(this.registry);
	}

	private static String kill(String verdict) {
		if (Verdict.TIME_LIMIT_EXCEEDED.name().equals(verdict)) {
			return "time";
		}
		if (Verdict.MEMORY_LIMIT_EXCEEDED.name().equals(verdict)) {
			return "memory";
		}
		if (Verdict.OUTPUT_LIMIT_EXCEEDED.name().equals(verdict)) {
			return "output";
		}
		return null;
	}

	private Optional<SubmissionQueue.Depth> depth() {
		Sample sample = this.depth.get();
		Instant now = Instant.now();
		if (sample == null || sample.at().plus(DEPTH_MAX_AGE).isBefore(now)) {
			try {
				sample = new Sample(now, this.queue.depth());
				this.depth.set(sample);
			}
			catch (RuntimeException ex) {
				// The database is away: the gauges show no value rather than an old one.
				return Optional.empty();
			}
		}
		return Optional.of(sample.depth());
	}

}
