package com.mljudge.submissions.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most N submissions and runs per user in any sliding minute, per instance. Keeps one
 * user from filling the queue for everybody; not a defence against many accounts.
 */
@Component
class SubmissionRateLimit {

	static final Duration WINDOW = Duration.ofMinutes(1);

	private final int perWindow;

	private final Clock clock;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	SubmissionRateLimit(@Value("${judge.rate-limit.per-minute:30}") int perWindow) {
		this.perWindow = perWindow;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Records an attempt; empty when allowed, otherwise how long until the next one is.
	 */
	Optional<Duration> tryAcquire(String username) {
		Instant now = this.clock.instant();
		Deque<Instant> times = this.recent.computeIfAbsent(username.toLowerCase(java.util.Locale.ROOT),
				(k) -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
				times.pollFirst();
			}
			if (times.size() >= this.perWindow) {
				Duration wait = Duration.between(now, times.peekFirst().plus(WINDOW));
				return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
			}
			times.addLast(now);
			return Optional.empty();
		}
	}

}
